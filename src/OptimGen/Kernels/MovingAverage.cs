using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace OptimGen;

internal static partial class FirstOrderKernels
{
    /// <summary>
    /// An exponential moving average's update, <c>decay * average + (1 - decay) * sample</c>, with both coefficients
    /// broadcast once: the first and second moments of Adam and its relatives.
    /// </summary>
    private readonly struct MovingAverage<T>
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        private readonly Vector256<T> decay;
        private readonly Vector256<T> oneMinusDecay;

        public MovingAverage(T decay)
        {
            this.decay = Vector256.Create(decay);
            oneMinusDecay = Vector256.Create(T.One - decay);
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public Vector256<T> Update(Vector256<T> average, Vector256<T> sample) => decay * average + oneMinusDecay * sample;
    }
}
