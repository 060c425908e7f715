using System;
using System.Linq;
using OptimGen;
using OptimGen.LbfgsbTests.Problems;
using OptimGen.Optimizers;

namespace OptimGen.LbfgsbTests;

/// <summary><c>Init</c>: the box is checked, the parameters are projected into it, and the state's slots keep their declared types.</summary>
public sealed class InitTests
{
    [Fact]
    public void ProjectsTheParametersIntoTheBoxInPlace()
    {
        var lbfgsb = new Lbfgsb
        {
            LowerBounds = new Real[] { 0, Real.NegativeInfinity, -1, 2 },
            UpperBounds = new Real[] { 1, 5, Real.PositiveInfinity, 2 },
        };
        Real[] x = { -3, 7, -0.5f, 9 };

        Lbfgsb.State state = lbfgsb.Init(x);

        Assert.Equal(new Real[] { 0, 5, -0.5f, 2 }, x);
        Assert.True(state.Constrained);
        Assert.False(state.Boxed);
    }

    [Fact]
    public void NullBoundsLeaveThatSideOpen()
    {
        Real[] x = { -1e30f, 1e30f };
        Lbfgsb.State state = new Lbfgsb { LowerBounds = new Real[] { 0, 0 } }.Init(x);
        Assert.Equal(new Real[] { 0, 1e30f }, x);
        Assert.All(state.Upper, u => Assert.True(Real.IsPositiveInfinity(u)));

        Lbfgsb.State free = new Lbfgsb().Init(x);
        Assert.False(free.Constrained);
    }

    [Fact]
    public void BoundsOfTheWrongLengthAreRejected()
    {
        var exception = Assert.Throws<ArgumentException>(() => new Lbfgsb { UpperBounds = new Real[3] }.Init(new Real[2]));
        Assert.Equal("UpperBounds", exception.ParamName);
        Assert.Contains("3 elements but there are 2 parameters", exception.Message);
    }

    [Theory]
    [InlineData(2.0, 1.0, "LowerBounds")]
    [InlineData(double.NaN, 1.0, "LowerBounds")]
    [InlineData(0.0, double.NaN, "UpperBounds")]
    [InlineData(double.PositiveInfinity, double.PositiveInfinity, "LowerBounds")]
    [InlineData(double.NegativeInfinity, double.NegativeInfinity, "UpperBounds")]
    public void EmptyBoxesAreRejected(double lower, double upper, string parameter)
    {
        var lbfgsb = new Lbfgsb { LowerBounds = new Real[] { 0, (Real)lower }, UpperBounds = new Real[] { 1, (Real)upper } };
        var exception = Assert.Throws<ArgumentException>(() => lbfgsb.Init(new Real[2]));
        Assert.Equal(parameter, exception.ParamName);
        Assert.Contains("Bounds of parameter 1 are empty", exception.Message);
    }

    [Fact]
    public void TheZoomSearchIsRefused()
    {
        var exception = Assert.Throws<ArgumentException>(() => new Lbfgsb { Linesearch = LinesearchMethod.Zoom }.Init(new Real[2]));
        Assert.Equal("Linesearch", exception.ParamName);
    }

    [Fact]
    public void SlotsKeepTheirDeclaredTypes()
    {
        Assert.Equal(typeof(Integer), typeof(Lbfgsb.State).GetField("NumLinesearchSteps")!.FieldType);
        Assert.Equal(typeof(Integer), typeof(Lbfgsb.State).GetField("Count")!.FieldType);
        Assert.Equal(typeof(Real[]), typeof(Lbfgsb.State).GetField("Lower")!.FieldType);
        Assert.Equal(typeof(int[]), typeof(Lbfgsb.State).GetField("Where")!.FieldType);
        Assert.Equal(Precision.IsDouble ? OptimGen.Precision.Double : OptimGen.Precision.Single, Lbfgsb.State.Layout.Precision);

        // After a scan, too: the generated loop checks the carried state, and the slots hold what was declared.
        var problem = new Hs045();
        Real[] x = problem.Start();
        var lbfgsb = new Lbfgsb { LowerBounds = problem.Lower(), UpperBounds = problem.Upper() };
        Lbfgsb.State state = lbfgsb.Init(x);
        ScanResult result = lbfgsb.Scan(ref state, x, problem, 50, new ScanOptions { GradientTolerance = Precision.GradientTolerance });
        Assert.True(result.Converged);
        Assert.IsType<Integer>(state.NumLinesearchSteps);
        Assert.Contains("NumLinesearchSteps", result.SlotNames);
        Assert.True(result.GetSlotTrace("NumLinesearchSteps").Take(result.CompletedSteps).All(steps => steps >= 1));
    }
}
