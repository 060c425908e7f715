using System;

namespace OptimGen.Optimizers.Tests;

/// <summary>
/// The fused kernels under the specs: argument checks, and that an element's result depends on nothing but its
/// own inputs: not on whether it falls in a full vector or in the zero-padded last one, nor on whether the
/// update overwrites the gradient.
/// </summary>
public sealed class FirstOrderKernelTests
{
    private const int Length = 29; // 7 double vectors (3 float vectors) and a partial last one

    private delegate void Kernel(Span<Real> gradient, Span<Real> parameters, Span<Real> first, Span<Real> second, Span<Real> third, Span<Real> update);

    /// <summary>Each kernel with fixed scalars; spans it does not use are passed along unused.</summary>
    private static Kernel KernelNamed(string name) => name switch
    {
        "Momentum" => (g, _, a, _, _, u) => FirstOrderKernels.Momentum<Real>(g, a, u, (Real)0.1, (Real)0.9, nesterov: false),
        "Nesterov" => (g, _, a, _, _, u) => FirstOrderKernels.Momentum<Real>(g, a, u, (Real)0.1, (Real)0.9, nesterov: true),
        "Adam" => (g, p, a, b, _, u) => FirstOrderKernels.Adam<Real>(g, p, a, b, u, (Real)0.9, (Real)0.999, (Real)1e-8, 0, nesterov: false, step: 3, (Real)0.01, 0),
        "NAdamW" => (g, p, a, b, _, u) => FirstOrderKernels.Adam<Real>(g, p, a, b, u, (Real)0.9, (Real)0.999, (Real)1e-8, (Real)1e-6, nesterov: true, step: 7, (Real)0.01, (Real)0.1),
        "Lion" => (g, p, a, _, _, u) => FirstOrderKernels.Lion<Real>(g, p, a, u, (Real)0.9, (Real)0.99, (Real)1e-3, (Real)0.01),
        "RmsProp" => (g, _, a, b, c, u) => FirstOrderKernels.RmsProp<Real>(g, a, b, c, u, (Real)0.9, (Real)1e-8, epsInSqrt: true, centered: false, biasCorrection: false, step: 1, (Real)0.01, null, nesterov: false),
        "RmsPropCenteredMomentum" => (g, _, a, b, c, u) => FirstOrderKernels.RmsProp<Real>(g, a, b, c, u, (Real)0.9, (Real)1e-8, epsInSqrt: false, centered: true, biasCorrection: true, step: 4, (Real)0.01, (Real)0.5, nesterov: true),
        "Adagrad" => (g, _, a, _, _, u) => FirstOrderKernels.Adagrad<Real>(g, a, u, (Real)1e-7, (Real)0.01),
        "AdaBeliefNesterovDecay" => (g, p, a, b, _, u) => FirstOrderKernels.AdaBelief<Real>(g, p, a, b, u, (Real)0.9, (Real)0.999, (Real)1e-8, (Real)1e-8, nesterov: true, step: 3, (Real)0.01, (Real)0.1),
        "AdadeltaDecay" => (g, p, a, b, _, u) => FirstOrderKernels.Adadelta<Real>(g, p, a, b, u, (Real)0.9, (Real)1e-6, (Real)0.5, (Real)0.1),
        "AdamaxW" => (g, p, a, b, _, u) => FirstOrderKernels.Adamax<Real>(g, p, a, b, u, (Real)0.9, (Real)0.999, (Real)1e-8, step: 2, (Real)0.01, (Real)0.1),
        "AmsGrad" => (g, _, a, b, c, u) => FirstOrderKernels.AmsGrad<Real>(g, a, b, c, u, (Real)0.9, (Real)0.999, (Real)1e-8, (Real)1e-6, true, true, step: 5, (Real)0.01),
        // Adan's fourth state (the previous gradient) takes the parameters' place: without decay it reads no parameters.
        "Adan" => (g, p, a, b, c, u) => FirstOrderKernels.Adan<Real>(g, default, a, b, c, p, u, (Real)0.98, (Real)0.92, (Real)0.99, (Real)1e-8, (Real)1e-8, step: 3, (Real)0.01, 0),
        _ => throw new ArgumentException(name),
    };

    [Theory]
    [InlineData("Momentum")]
    [InlineData("Nesterov")]
    [InlineData("Adam")]
    [InlineData("NAdamW")]
    [InlineData("Lion")]
    [InlineData("RmsProp")]
    [InlineData("RmsPropCenteredMomentum")]
    [InlineData("Adagrad")]
    [InlineData("AdaBeliefNesterovDecay")]
    [InlineData("AdadeltaDecay")]
    [InlineData("AdamaxW")]
    [InlineData("AmsGrad")]
    [InlineData("Adan")]
    public void Every_element_is_computed_alike_wherever_it_lies(string name)
    {
        Kernel kernel = KernelNamed(name);
        Real[][] whole = Inputs();
        kernel(whole[0], whole[1], whole[2], whole[3], whole[4], whole[5]);

        Real[][] single = Inputs();
        for (int i = 0; i < Length; i++)
            kernel(single[0].AsSpan(i, 1), single[1].AsSpan(i, 1), single[2].AsSpan(i, 1), single[3].AsSpan(i, 1), single[4].AsSpan(i, 1), single[5].AsSpan(i, 1));

        for (int k = 1; k < whole.Length; k++)
            Assert.Equal(single[k], whole[k]); // bit for bit: states and update (and parameters, Adan's fourth state)
    }

    [Theory]
    [InlineData("Momentum")]
    [InlineData("Adam")]
    [InlineData("NAdamW")]
    [InlineData("Lion")]
    [InlineData("RmsPropCenteredMomentum")]
    [InlineData("Adagrad")]
    [InlineData("AdaBeliefNesterovDecay")]
    [InlineData("AdadeltaDecay")]
    [InlineData("AmsGrad")]
    [InlineData("Adan")]
    public void The_update_may_overwrite_the_gradient(string name)
    {
        Kernel kernel = KernelNamed(name);
        Real[][] separate = Inputs();
        kernel(separate[0], separate[1], separate[2], separate[3], separate[4], separate[5]);

        Real[][] inPlace = Inputs();
        kernel(inPlace[0], inPlace[1], inPlace[2], inPlace[3], inPlace[4], inPlace[0]);

        Assert.Equal(separate[5], inPlace[0]);
        Assert.Equal(separate[2], inPlace[2]);
    }

    [Fact]
    public void Spans_of_another_length_are_rejected_by_name()
    {
        var g = new Real[4];
        Assert.Equal("trace", Assert.Throws<ArgumentException>(() => FirstOrderKernels.Momentum<Real>(g, new Real[3], new Real[4], 1, 0, false)).ParamName);
        Assert.Equal("update", Assert.Throws<ArgumentException>(() => FirstOrderKernels.Adagrad<Real>(g, new Real[4], new Real[5], 0, 1)).ParamName);
        Assert.Equal("nu", Assert.Throws<ArgumentException>(() => FirstOrderKernels.Adam<Real>(g, default, new Real[4], new Real[2], new Real[4], 0, 0, 0, 0, false, 1, 1, 0)).ParamName);
        Assert.Equal("parameters", Assert.Throws<ArgumentException>(() => FirstOrderKernels.Lion<Real>(g, new Real[1], new Real[4], new Real[4], 0, 0, 1, (Real)0.5)).ParamName);
        Assert.Equal("mu", Assert.Throws<ArgumentException>(() => FirstOrderKernels.RmsProp<Real>(g, new Real[4], default, default, new Real[4], 0, 0, true, true, false, 1, 1, null, false)).ParamName);
        Assert.Equal("trace", Assert.Throws<ArgumentException>(() => FirstOrderKernels.RmsProp<Real>(g, new Real[4], default, default, new Real[4], 0, 0, true, false, false, 1, 1, (Real)0.5, false)).ParamName);
    }

    [Fact]
    public void Parameters_may_be_empty_without_weight_decay()
    {
        var g = new Real[] { 1, -2, 3 };
        var u = new Real[3];
        FirstOrderKernels.Adam<Real>(g, default, new Real[3], new Real[3], u, (Real)0.9, (Real)0.999, 0, 0, false, 1, 1, 0);
        Support.Tolerance.AssertClose(new double[] { -1, 1, -1 }, u, Support.Tolerance.HandComputed, "Adam's first update without eps");
        FirstOrderKernels.Lion<Real>(g, default, new Real[3], u, (Real)0.9, (Real)0.99, 1, 0);
        Assert.Equal(new Real[] { -1, 1, -1 }, u); // exactly: a sign times the learning rate
    }

    [Fact]
    public void Bias_corrected_kernels_need_a_step_of_at_least_one()
    {
        var g = new Real[2];
        Assert.Equal("step", Assert.Throws<ArgumentOutOfRangeException>(() => FirstOrderKernels.Adam<Real>(g, default, new Real[2], new Real[2], new Real[2], 0, 0, 0, 0, false, 0, 1, 0)).ParamName);
        Assert.Equal("step", Assert.Throws<ArgumentOutOfRangeException>(() => FirstOrderKernels.RmsProp<Real>(g, new Real[2], default, default, new Real[2], 0, 0, true, false, true, 0, 1, null, false)).ParamName);
    }

    /// <summary>Gradient, parameters and three state arrays of mixed values (zeros included), and an update buffer.</summary>
    private static Real[][] Inputs()
    {
        var arrays = new Real[6][];
        for (int k = 0; k < arrays.Length; k++)
        {
            arrays[k] = new Real[Length];
            for (int i = 0; i < Length; i++)
                arrays[k][i] = k == 5 || i % 7 == 3 ? 0 : (Real)(Math.Sin(3.1 * i + k) * (k == 3 ? 2 : 1) + (k == 3 ? 2.5 : 0));
        }

        return arrays;
    }
}
