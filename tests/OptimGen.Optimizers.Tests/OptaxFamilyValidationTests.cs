using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;

namespace OptimGen.Optimizers.Tests;

/// <summary>
/// Every bounded hyperparameter of AdaBelief through Novograd: one step past each declared bound, and NaN, make
/// <c>Init</c> throw <see cref="ArgumentOutOfRangeException"/> naming the property; the bounds themselves (when
/// inclusive) are accepted. The bounds are read from the <see cref="HyperparameterAttribute"/> the user sees.
/// </summary>
public sealed class OptaxFamilyValidationTests
{
    private static readonly Real[] Parameters = { 1, 2, 3, 4 };

    private static readonly Dictionary<Type, Action<object>> Inits = new()
    {
        [typeof(AdaBelief)] = o => ((AdaBelief)o).Init(Parameters),
        [typeof(Adadelta)] = o => ((Adadelta)o).Init(Parameters),
        [typeof(Adafactor)] = o => ((Adafactor)o).Init(Parameters),
        [typeof(Adamax)] = o => ((Adamax)o).Init(Parameters),
        [typeof(AdamaxW)] = o => ((AdamaxW)o).Init(Parameters),
        [typeof(Adan)] = o => ((Adan)o).Init(Parameters),
        [typeof(AmsGrad)] = o => ((AmsGrad)o).Init(Parameters),
        [typeof(Fromage)] = o => ((Fromage)o).Init(Parameters),
        [typeof(Lamb)] = o => ((Lamb)o).Init(Parameters),
        [typeof(Lars)] = o => ((Lars)o).Init(Parameters),
        [typeof(NAdam)] = o => ((NAdam)o).Init(Parameters),
        [typeof(NAdamW)] = o => ((NAdamW)o).Init(Parameters),
        [typeof(Novograd)] = o => ((Novograd)o).Init(Parameters),
    };

    public static TheoryData<string, string> BoundedHyperparameters()
    {
        var data = new TheoryData<string, string>();
        foreach (Type type in Inits.Keys)
        {
            foreach (PropertyInfo property in type.GetProperties())
            {
                if (property.GetCustomAttribute<HyperparameterAttribute>() is { } bounds && (!double.IsNaN(bounds.Minimum) || !double.IsNaN(bounds.Maximum)))
                    data.Add(type.Name, property.Name);
            }
        }

        return data;
    }

    [Fact]
    public void The_learning_rates_and_decays_are_bounded()
    {
        var bounded = BoundedHyperparameters().Select(row => $"{row[0]}.{row[1]}").ToHashSet();
        foreach (Type type in Inits.Keys)
            Assert.Contains($"{type.Name}.LearningRate", bounded);
        Assert.Contains("AdaBelief.B1", bounded);
        Assert.Contains("Adan.B3", bounded);
        Assert.Contains("Lars.Momentum", bounded);
        Assert.Contains("Adafactor.ClippingThreshold", bounded);
        Assert.Contains("Adafactor.Rows", bounded);
    }

    [Theory]
    [MemberData(nameof(BoundedHyperparameters))]
    public void Init_throws_outside_the_bounds_naming_the_property(string optimizer, string property)
    {
        (Type type, PropertyInfo info, HyperparameterAttribute bounds) = Find(optimizer, property);
        double past = IsInteger(info) ? 1 : 0.5;
        var outside = new List<double>();
        if (!double.IsNaN(bounds.Minimum))
            outside.Add(bounds.ExclusiveMinimum ? bounds.Minimum : bounds.Minimum - past);
        if (!double.IsNaN(bounds.Maximum))
            outside.Add(bounds.ExclusiveMaximum ? bounds.Maximum : bounds.Maximum + past);
        if (!IsInteger(info))
            outside.Add(double.NaN);
        foreach (double value in outside)
        {
            var exception = Assert.Throws<ArgumentOutOfRangeException>(() => InitWith(type, info, value));
            Assert.Equal(property, exception.ParamName);
        }
    }

    [Theory]
    [MemberData(nameof(BoundedHyperparameters))]
    public void Init_accepts_inclusive_bounds(string optimizer, string property)
    {
        (Type type, PropertyInfo info, HyperparameterAttribute bounds) = Find(optimizer, property);
        if (!double.IsNaN(bounds.Minimum) && !bounds.ExclusiveMinimum)
            InitWith(type, info, bounds.Minimum);
        if (!double.IsNaN(bounds.Maximum) && !bounds.ExclusiveMaximum)
            InitWith(type, info, bounds.Maximum);
    }

    private static (Type Type, PropertyInfo Property, HyperparameterAttribute Bounds) Find(string optimizer, string property)
    {
        Type type = Inits.Keys.Single(t => t.Name == optimizer);
        PropertyInfo info = type.GetProperty(property)!;
        return (type, info, info.GetCustomAttribute<HyperparameterAttribute>()!);
    }

    private static bool IsInteger(PropertyInfo property) => property.PropertyType == typeof(int);

    /// <summary>A fresh optimizer with <paramref name="property"/> set through its init accessor, then <c>Init</c>.</summary>
    private static void InitWith(Type type, PropertyInfo property, double value)
    {
        object optimizer = Activator.CreateInstance(type)!;
        object boxed = IsInteger(property) ? (int)value : (object)(Real)value;
        property.SetValue(optimizer, boxed);
        Inits[type](optimizer);
    }
}
