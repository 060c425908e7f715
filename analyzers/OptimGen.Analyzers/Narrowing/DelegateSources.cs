using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using OptimGen.Specs.Reading;

namespace OptimGen.Analyzers.Narrowing;

/// <summary>
/// The expressions a delegate-typed field or property can hold: its initializer and every value assigned to it
/// anywhere in the compilation (a constructor, an object initializer <c>new Spec { Search = ... }</c>), and for a
/// value that is a constructor's or method's parameter, the arguments its calls pass (<c>new Solver(x =&gt; ...)</c>), as
/// for a positional record's property, which its primary constructor sets, and a primary constructor's parameter that
/// the type's members use (<c>class Transformation(UpdateFn update) { public UpdateFn Update =&gt; update; }</c>).
/// The same for what a collection of delegates holds (<see cref="InElementsOf"/>) and the handlers subscribed to an event.
/// The lambdas and method groups among them run wherever the delegate is invoked. Searched only for delegate
/// members that a transition's scope uses.
/// </summary>
internal sealed class DelegateSources
{
    private readonly Compilation compilation;
    private readonly CancellationToken cancellationToken;

    public DelegateSources(Compilation compilation, CancellationToken cancellationToken)
    {
        this.compilation = compilation;
        this.cancellationToken = cancellationToken;
    }

    private Dictionary<string, List<Store>>? assignmentsByName;

    /// <summary>How many constructor or method parameters a stored value is followed back through to the call sites' arguments.</summary>
    private const int MaxParameterHops = 4;

    private Dictionary<string, List<ExpressionSyntax>>? callsByName;

    /// <summary><c>x[k] = v</c> by the name of <c>x</c>, <c>e += h</c> by the name of <c>e</c>, <c>x.M(...)</c> by the name of <c>x</c>.</summary>
    private Dictionary<string, List<AssignmentExpressionSyntax>>? elementAssignmentsByName;
    private Dictionary<string, List<AssignmentExpressionSyntax>>? subscriptionsByName;
    private Dictionary<string, List<InvocationExpressionSyntax>>? callsOnByName;

    /// <summary>
    /// The values stored in <paramref name="member"/>, and, for a value that is a parameter of the constructor or method
    /// storing it (<c>public Solver(Func&lt;Real, Real&gt; condition) =&gt; this.condition = condition;</c>), the
    /// arguments the compilation's calls pass for it (<c>new Solver(x =&gt; ...)</c>), or for a setter's <c>value</c> what is
    /// assigned to its property, followed back a few hops (also through either side of <c>??</c>).
    /// </summary>
    public IEnumerable<ExpressionSyntax> Of(ISymbol member)
    {
        foreach (ExpressionSyntax stored in StoredIn(member))
        {
            foreach (ExpressionSyntax value in ThroughParameters(stored, MaxParameterHops))
                yield return value;
        }
    }

    /// <summary>
    /// The values a delegate element of a tuple-typed field or property can hold (<c>tx.Update</c> for
    /// <c>(InitFn Init, UpdateFn Update) tx</c>, optax's <c>GradientTransformation</c> as a named tuple): the element of
    /// each tuple literal stored in the member, or the whole stored value when it is not a literal (a factory's call,
    /// whose own code then holds the lambdas).
    /// </summary>
    public IEnumerable<ExpressionSyntax> OfTupleElement(ISymbol container, int element)
    {
        foreach (ExpressionSyntax value in Of(container))
        {
            if (value is TupleExpressionSyntax tuple)
            {
                if (element < tuple.Arguments.Count)
                    yield return tuple.Arguments[element].Expression;
            }
            else
            {
                yield return value;
            }
        }
    }

    /// <summary>
    /// Whether a value of <paramref name="type"/> holds delegates as its elements: an array of a delegate type, or a
    /// generic collection with a delegate type argument (<c>List&lt;Func&lt;Real, Real&gt;&gt;</c>,
    /// <c>Dictionary&lt;string, Func&lt;Real, Real&gt;&gt;</c>, <c>ImmutableArray&lt;Action&gt;</c>). Not a tuple: its delegate elements are
    /// followed one by one, as <c>tx.Update</c> names them.
    /// </summary>
    public static bool HoldsDelegates(ITypeSymbol? type) => type switch
    {
        IArrayTypeSymbol array => array.ElementType.TypeKind == TypeKind.Delegate,
        INamedTypeSymbol { IsGenericType: true, IsTupleType: false } named => named.TypeKind != TypeKind.Delegate && named.TypeArguments.Any(t => t.TypeKind == TypeKind.Delegate),
        _ => false,
    };

    /// <summary>
    /// The values a field or property that holds delegates can hand out: what is stored in it whole (an initializer such
    /// as <c>{ x =&gt; ..., Narrow }</c> or <c>[Identity, Narrow]</c>, an assignment), what is stored in its elements
    /// (<c>Steps[0] = x =&gt; ...</c>), and the delegates its own methods are given (<c>Hooks.Add(x =&gt; ...)</c>,
    /// <c>AddRange</c>, <c>Insert</c>, a dictionary's <c>Add(key, rule)</c>), anywhere in the compilation.
    /// </summary>
    public IEnumerable<ExpressionSyntax> InElementsOf(ISymbol container)
    {
        foreach (ExpressionSyntax whole in Of(container))
            yield return whole;
        IndexSyntax();
        foreach (AssignmentExpressionSyntax assignment in Named(elementAssignmentsByName!, container.Name))
        {
            if (assignment.Left is ElementAccessExpressionSyntax element && Refers(element.Expression, container))
            {
                foreach (ExpressionSyntax value in ThroughParameters(assignment.Right, MaxParameterHops))
                    yield return value;
            }
        }

        foreach (InvocationExpressionSyntax call in Named(callsOnByName!, container.Name))
        {
            SemanticModel model = SemanticModels.For(compilation, call.SyntaxTree);
            if (call.Expression is not MemberAccessExpressionSyntax access || !Refers(access.Expression, container)
                || model.GetOperation(call, cancellationToken) is not IInvocationOperation invocation)
                continue;
            foreach (IArgumentOperation argument in invocation.Arguments)
            {
                if (argument.Parameter is { } parameter && (parameter.Type.TypeKind == TypeKind.Delegate || HoldsDelegates(parameter.Type))
                    && argument.Value.Syntax is ExpressionSyntax passed)
                {
                    foreach (ExpressionSyntax value in ThroughParameters(passed, MaxParameterHops))
                        yield return value;
                }
            }
        }
    }

    private bool Refers(ExpressionSyntax expression, ISymbol member) => SymbolEqualityComparer.Default.Equals(
        SemanticModels.For(compilation, expression.SyntaxTree).GetSymbolInfo(expression, cancellationToken).Symbol?.OriginalDefinition,
        member.OriginalDefinition);

    private static IEnumerable<T> Named<T>(Dictionary<string, List<T>> index, string name) =>
        index.TryGetValue(name, out List<T>? found) ? found : Enumerable.Empty<T>();

    private IEnumerable<ExpressionSyntax> ThroughParameters(ExpressionSyntax value, int hops)
    {
        yield return value;
        if (hops == 0)
            yield break;
        if (value is BinaryExpressionSyntax { RawKind: (int)SyntaxKind.CoalesceExpression } coalesce)
        {
            // `value ?? throw new ArgumentNullException(...)`, `rule ?? Identity`: either side.
            foreach (ExpressionSyntax side in ThroughParameters(coalesce.Left, hops - 1).Concat(ThroughParameters(coalesce.Right, hops - 1)))
                yield return side;
            yield break;
        }

        // Only a simple name declared as a parameter around it can be one: the question is asked of the semantic model,
        // which binds the whole member, only then (most stored values are lambdas and method groups).
        if (!MayNameParameter(value))
            yield break;
        SemanticModel model = SemanticModels.For(compilation, value.SyntaxTree);
        if (model.GetSymbolInfo(value, cancellationToken).Symbol is not IParameterSymbol { ContainingSymbol: IMethodSymbol method } parameter
            || method.MethodKind is MethodKind.AnonymousFunction or MethodKind.LocalFunction)
            yield break;
        if (method is { MethodKind: MethodKind.PropertySet, AssociatedSymbol: IPropertySymbol property })
        {
            // A setter's `value` (`set => shrink = value;`): what is assigned to the property, anywhere.
            foreach (ExpressionSyntax stored in StoredIn(property))
            {
                foreach (ExpressionSyntax each in ThroughParameters(stored, hops - 1))
                    yield return each;
            }

            yield break;
        }

        foreach (ExpressionSyntax argument in ArgumentsFor(parameter, method))
        {
            foreach (ExpressionSyntax each in ThroughParameters(argument, hops - 1))
                yield return each;
        }
    }

    /// <summary>
    /// Whether <paramref name="value"/> can be a parameter by its syntax: a simple name (in parentheses or not) that a
    /// parameter list around it declares, or an accessor's implicit <c>value</c>. A lambda's or local function's
    /// parameter counts too (the semantic model then says which it is).
    /// </summary>
    private static bool MayNameParameter(ExpressionSyntax value)
    {
        while (value is ParenthesizedExpressionSyntax parenthesized)
            value = parenthesized.Expression;
        if (value is not IdentifierNameSyntax { Identifier.ValueText: var name })
            return false;
        for (SyntaxNode? around = value.Parent; around is not null; around = around.Parent)
        {
            ParameterListSyntax? parameters = around switch
            {
                BaseMethodDeclarationSyntax method => method.ParameterList,
                LocalFunctionStatementSyntax local => local.ParameterList,
                ParenthesizedLambdaExpressionSyntax lambda => lambda.ParameterList,
                AnonymousMethodExpressionSyntax anonymous => anonymous.ParameterList,
                TypeDeclarationSyntax type => type.ParameterList,
                _ => null,
            };
            if (parameters is not null && parameters.Parameters.Any(parameter => parameter.Identifier.ValueText == name))
                return true;
            switch (around)
            {
                case SimpleLambdaExpressionSyntax simple when simple.Parameter.Identifier.ValueText == name:
                case IndexerDeclarationSyntax indexer when indexer.ParameterList.Parameters.Any(parameter => parameter.Identifier.ValueText == name):
                case AccessorDeclarationSyntax when name == "value":
                    return true;
            }
        }

        return false;
    }

    /// <summary>The arguments that the calls of <paramref name="method"/> in the compilation pass for <paramref name="parameter"/>.</summary>
    private IEnumerable<ExpressionSyntax> ArgumentsFor(IParameterSymbol parameter, IMethodSymbol method)
    {
        string name = method.MethodKind == MethodKind.Constructor ? method.ContainingType.Name : method.Name;
        IEnumerable<ExpressionSyntax> calls = CallsByName().TryGetValue(name, out List<ExpressionSyntax>? named) ? named : Enumerable.Empty<ExpressionSyntax>();
        if (method.MethodKind == MethodKind.Constructor && CallsByName().TryGetValue(string.Empty, out List<ExpressionSyntax>? targetTyped))
            calls = calls.Concat(targetTyped);
        foreach (ExpressionSyntax call in calls)
        {
            SemanticModel model = SemanticModels.For(compilation, call.SyntaxTree);
            ImmutableArray<IArgumentOperation> arguments = model.GetOperation(call, cancellationToken) switch
            {
                IObjectCreationOperation creation when SymbolEqualityComparer.Default.Equals(creation.Constructor?.OriginalDefinition, method.OriginalDefinition) => creation.Arguments,
                IInvocationOperation invocation when SymbolEqualityComparer.Default.Equals(MethodIdentity.Normalize(invocation.TargetMethod), MethodIdentity.Normalize(method)) => invocation.Arguments,
                _ => ImmutableArray<IArgumentOperation>.Empty,
            };
            foreach (IArgumentOperation argument in arguments)
            {
                if (argument.Parameter?.Ordinal == parameter.Ordinal && argument.Value.Syntax is ExpressionSyntax passed)
                    yield return passed;
            }
        }
    }

    private IEnumerable<ExpressionSyntax> StoredIn(ISymbol member)
    {
        if (member is IParameterSymbol { ContainingSymbol: IMethodSymbol constructor } captured)
        {
            // A primary constructor's parameter that the type's members use holds what its calls pass.
            foreach (ExpressionSyntax argument in ArgumentsFor(captured, constructor))
                yield return argument;
            yield break;
        }

        foreach (SyntaxReference reference in member.DeclaringSyntaxReferences)
        {
            switch (reference.GetSyntax(cancellationToken))
            {
                case VariableDeclaratorSyntax { Initializer.Value: { } value }:
                    yield return value;
                    break;
                case PropertyDeclarationSyntax { Initializer.Value: { } value }:
                    yield return value;
                    break;
                case PropertyDeclarationSyntax { ExpressionBody.Expression: { } returned }:
                    // `public UpdateFn Update => update;`: the getter hands out what it reads (followed back below).
                    yield return returned;
                    break;
                case ParameterSyntax positional when member is IPropertySymbol:
                    // A positional record's property holds what its primary constructor is given for that parameter
                    // (optax's GradientTransformation(init, update) as `record Transformation(InitFn Init, UpdateFn Update)`).
                    foreach (ExpressionSyntax argument in PrimaryConstructorArguments(positional))
                        yield return argument;
                    break;
            }
        }

        if (member is IEventSymbol)
        {
            // An event's handlers are what `+=` subscribes to it, from anywhere it is visible.
            IndexSyntax();
            foreach (AssignmentExpressionSyntax subscription in Named(subscriptionsByName!, member.Name))
            {
                if (Refers(subscription.Left, member))
                    yield return subscription.Right;
            }

            yield break;
        }

        IEnumerable<Store> candidates = AssignableOnlyInsideItsType(member)
            ? AssignmentsInside(member.ContainingType, member.Name)
            : Named(AssignmentsByName(), member.Name);
        foreach (Store store in candidates)
        {
            if (Refers(store.Target, member))
                yield return store.Value;
        }
    }

    private IEnumerable<ExpressionSyntax> PrimaryConstructorArguments(ParameterSyntax positional)
    {
        SemanticModel model = SemanticModels.For(compilation, positional.SyntaxTree);
        return model.GetDeclaredSymbol(positional, cancellationToken) is IParameterSymbol { ContainingSymbol: IMethodSymbol constructor } parameter
            ? ArgumentsFor(parameter, constructor)
            : Enumerable.Empty<ExpressionSyntax>();
    }

    /// <summary>
    /// A private member, a <c>readonly</c> field or a get-only property can be assigned only in its own type's code, so
    /// only that code is searched (the common case: a spec's private delegate field), not every tree of the compilation.
    /// </summary>
    private static bool AssignableOnlyInsideItsType(ISymbol member) => member.DeclaredAccessibility == Accessibility.Private || member switch
    {
        IFieldSymbol field => field.IsReadOnly,
        IPropertySymbol property => property.SetMethod is null || property.SetMethod.DeclaredAccessibility == Accessibility.Private,
        _ => false,
    };

    private IEnumerable<Store> AssignmentsInside(INamedTypeSymbol type, string name)
    {
        foreach (SyntaxReference reference in type.DeclaringSyntaxReferences)
        {
            // OptimGen's own output (a spec's generated part) assigns none of the user's members.
            if (OptimGenOutput.IsOptimGenOutput(reference.SyntaxTree))
                continue;
            foreach (SyntaxNode node in reference.GetSyntax(cancellationToken).DescendantNodes())
            {
                if (node is not AssignmentExpressionSyntax assignment)
                    continue;
                foreach (Store store in Stores(assignment))
                {
                    if (Name(store.Target) == name)
                        yield return store;
                }
            }
        }
    }

    private Dictionary<string, List<Store>> AssignmentsByName()
    {
        IndexSyntax();
        return assignmentsByName!;
    }

    private Dictionary<string, List<ExpressionSyntax>> CallsByName()
    {
        IndexSyntax();
        return callsByName!;
    }

    /// <summary>
    /// One pass over the syntax of the compilation (but OptimGen's own output), on first need: every store of a simple, <c>??=</c>
    /// or tuple assignment by the name it assigns, and every call and object creation by the name it calls (a target-typed <c>new(...)</c>
    /// under "").
    /// </summary>
    private void IndexSyntax()
    {
        if (assignmentsByName is not null)
            return;
        var assignments = new Dictionary<string, List<Store>>();
        var elementAssignments = new Dictionary<string, List<AssignmentExpressionSyntax>>();
        var subscriptions = new Dictionary<string, List<AssignmentExpressionSyntax>>();
        var calls = new Dictionary<string, List<ExpressionSyntax>>();
        var callsOn = new Dictionary<string, List<InvocationExpressionSyntax>>();
        foreach (SyntaxTree tree in compilation.SyntaxTrees)
        {
            if (OptimGenOutput.IsOptimGenOutput(tree))
                continue;
            foreach (SyntaxNode node in tree.GetRoot(cancellationToken).DescendantNodes())
            {
                switch (node)
                {
                    case AssignmentExpressionSyntax { Left: ElementAccessExpressionSyntax element } assignment
                        when assignment.IsKind(SyntaxKind.SimpleAssignmentExpression) && Name(element.Expression) is { } container:
                        Add(elementAssignments, container, assignment);
                        break;
                    case AssignmentExpressionSyntax assignment when !assignment.IsKind(SyntaxKind.AddAssignmentExpression):
                        foreach (Store store in Stores(assignment))
                        {
                            if (Name(store.Target) is { } assigned)
                                Add(assignments, assigned, store);
                        }

                        break;
                    case AssignmentExpressionSyntax assignment when assignment.IsKind(SyntaxKind.AddAssignmentExpression) && Name(assignment.Left) is { } subscribed:
                        Add(subscriptions, subscribed, assignment);
                        break;
                    case ObjectCreationExpressionSyntax creation when Name(creation.Type) is { } created:
                        Add(calls, created, creation);
                        break;
                    case ImplicitObjectCreationExpressionSyntax creation:
                        Add(calls, string.Empty, creation);
                        break;
                    case InvocationExpressionSyntax invocation when Name(invocation.Expression) is { } called:
                        Add(calls, called, invocation);
                        if (invocation.Expression is MemberAccessExpressionSyntax { Expression: var receiver } && Name(receiver) is { } on)
                            Add(callsOn, on, invocation);
                        break;
                }
            }
        }

        callsByName = calls;
        callsOnByName = callsOn;
        elementAssignmentsByName = elementAssignments;
        subscriptionsByName = subscriptions;
        assignmentsByName = assignments;
    }

    /// <summary>
    /// What an assignment stores where: its right side into its left for <c>=</c> and <c>??=</c> (a delegate set on first
    /// use), and element by element for a tuple assigned a tuple literal, as constructors write
    /// <c>(this.init, this.update) = (init, update);</c>.
    /// </summary>
    private static IEnumerable<Store> Stores(AssignmentExpressionSyntax assignment)
    {
        if (assignment.IsKind(SyntaxKind.CoalesceAssignmentExpression))
            return new[] { new Store(assignment.Left, assignment.Right) };
        return assignment.IsKind(SyntaxKind.SimpleAssignmentExpression) ? Paired(assignment.Left, assignment.Right) : Enumerable.Empty<Store>();

        static IEnumerable<Store> Paired(ExpressionSyntax target, ExpressionSyntax value)
        {
            if (target is not TupleExpressionSyntax targets)
                return new[] { new Store(target, value) };
            return value is TupleExpressionSyntax values && values.Arguments.Count == targets.Arguments.Count
                ? targets.Arguments.SelectMany((element, i) => Paired(element.Expression, values.Arguments[i].Expression))
                : Enumerable.Empty<Store>();
        }
    }

    /// <summary>A value stored into a target by an assignment (or by one element of a tuple assignment).</summary>
    private readonly record struct Store(ExpressionSyntax Target, ExpressionSyntax Value);

    private static void Add<T>(Dictionary<string, List<T>> index, string name, T node)
    {
        if (!index.TryGetValue(name, out List<T>? list))
            index[name] = list = new List<T>();
        list.Add(node);
    }

    private static string? Name(ExpressionSyntax target) => target switch
    {
        SimpleNameSyntax simple => simple.Identifier.ValueText,
        MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
        MemberBindingExpressionSyntax binding => binding.Name.Identifier.ValueText,
        QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
        AliasQualifiedNameSyntax aliased => aliased.Name.Identifier.ValueText,
        _ => null,
    };
}
