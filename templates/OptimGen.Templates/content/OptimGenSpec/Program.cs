using OptimGen;
using OptimGenApp;

var optimizer = new HeavyBall { LearningRate = (Real)0.05 };
Real[] x = { 3, -2, 1 };
HeavyBall.State state = optimizer.Init(x);

ScanResult result = optimizer.Scan(ref state, x, new Bowl(), length: 500);

Console.WriteLine($"Precision: {HeavyBall.State.Layout.Precision} (Steps is {state.Steps.GetType().Name})");
Console.WriteLine($"Steps: {result.CompletedSteps}, first value {result.Values[0]:g4}, last value {result.Values[result.CompletedSteps - 1]:g4}");
Console.WriteLine($"x = [{string.Join(", ", x)}]");
