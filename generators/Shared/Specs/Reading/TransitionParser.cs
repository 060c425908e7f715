using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using OptimGen.Specs.Diagnostics;
using OptimGen.Specs.Model;

namespace OptimGen.Specs.Reading;

/// <summary>
/// Checks a <c>[Transition]</c> method against the recognised form
/// <c>void M(ref State state, [ReadOnlySpan&lt;Real&gt; parameters,] ReadOnlySpan&lt;Real&gt; gradient, [Real value,] Span&lt;Real&gt; update[, ref TObjective objective])</c>
/// and says which parameter is wrong when it does not match.
/// </summary>
internal static class TransitionParser
{
    public static TransitionModel? Parse(IMethodSymbol method, INamedTypeSymbol spec, DiagnosticCollector diagnostics)
    {
        var reader = new SignatureReader(method, spec);
        string? error = reader.Read();
        if (error is null)
            return new TransitionModel(method.Name, method.IsStatic, reader.TakesParameters, reader.TakesValue, reader.TakesObjective);

        diagnostics.Report(SpecDiagnostics.InvalidTransitionSignature, reader.ErrorLocation ?? method.Locations.FirstOrDefault(), method.Name, spec.Name, error);
        return null;
    }

    /// <summary>Walks the parameters left to right, taking each optional one only when it is there.</summary>
    private sealed class SignatureReader
    {
        private readonly IMethodSymbol method;
        private readonly INamedTypeSymbol spec;
        private readonly ImmutableArray<IParameterSymbol> parameters;
        private int next;

        public SignatureReader(IMethodSymbol method, INamedTypeSymbol spec)
        {
            this.method = method;
            this.spec = spec;
            parameters = method.Parameters;
        }

        public bool TakesParameters { get; private set; }

        public bool TakesValue { get; private set; }

        public bool TakesObjective { get; private set; }

        public Location? ErrorLocation { get; private set; }

        /// <returns>null when the signature matches; otherwise what is wrong.</returns>
        public string? Read()
        {
            if (!method.ReturnsVoid)
                return Fail(ReturnTypeLocation(), $"it returns '{method.ReturnType.ToDisplayString()}' but must return void");

            if (!ParameterChecks.IsRefState(At(0), spec))
                return FailAt(0, "parameter 1 must be 'ref State state'");
            next = 1;

            // Two read-only spans in a row are (parameters, gradient); one alone is the gradient.
            if (ParameterChecks.IsReadOnlySpanOfReal(At(1)) && ParameterChecks.IsReadOnlySpanOfReal(At(2)))
            {
                TakesParameters = true;
                next = 3;
            }
            else if (ParameterChecks.IsReadOnlySpanOfReal(At(1)))
            {
                next = 2;
            }
            else
            {
                return FailAt(1, "parameter 2 must be 'ReadOnlySpan<Real> parameters' or 'ReadOnlySpan<Real> gradient'");
            }

            if (ParameterChecks.IsReal(At(next)))
            {
                TakesValue = true;
                next++;
            }

            if (!ParameterChecks.IsSpanOfReal(At(next)))
                return FailAt(next, $"parameter {next + 1} must be 'Span<Real> update'");
            next++;

            if (At(next) is { } objective)
            {
                string? objectiveError = CheckObjective(objective);
                if (objectiveError is not null)
                    return FailAt(next, objectiveError);
                TakesObjective = true;
                next++;
            }

            if (At(next) is not null)
                return FailAt(next, $"parameter {next + 1} '{At(next)!.Name}' is not part of the recognised form");

            if (method.TypeParameters.Length > (TakesObjective ? 1 : 0))
                return Fail(method.Locations.FirstOrDefault(), "only the objective's type parameter 'TObjective' is allowed");

            return null;
        }

        private string? CheckObjective(IParameterSymbol objective)
        {
            const string Expected = "the parameter after 'update' must be 'ref TObjective objective' with TObjective a type parameter of the transition constrained to 'IObjective<Real>'";
            if (objective.RefKind != RefKind.Ref
                || objective.Type is not ITypeParameterSymbol typeParameter
                || !SymbolEqualityComparer.Default.Equals(typeParameter.DeclaringMethod, method))
                return Expected;

            if (typeParameter.HasReferenceTypeConstraint || typeParameter.HasValueTypeConstraint
                || typeParameter.HasUnmanagedTypeConstraint || typeParameter.HasNotNullConstraint
                || typeParameter.HasConstructorConstraint || typeParameter.ConstraintTypes.Length != 1)
                return $"type parameter '{typeParameter.Name}' must have exactly one constraint, 'IObjective<Real>', so that Scan can pass any objective";

            ITypeSymbol constraint = typeParameter.ConstraintTypes[0];
            if (constraint is not INamedTypeSymbol { TypeArguments.Length: 1 } named
                || named.OriginalDefinition.ToDisplayString() != KnownNames.ObjectiveInterface
                || !TypeClassifier.IsReal(TypeClassifier.SingleTypeArgument(ConstraintSyntax(typeParameter)), named.TypeArguments[0]))
                return $"type parameter '{typeParameter.Name}' must be constrained to 'IObjective<Real>'";

            return null;
        }

        private TypeSyntax? ConstraintSyntax(ITypeParameterSymbol typeParameter)
        {
            foreach (SyntaxReference reference in method.DeclaringSyntaxReferences)
            {
                if (reference.GetSyntax() is not MethodDeclarationSyntax declaration)
                    continue;
                foreach (TypeParameterConstraintClauseSyntax clause in declaration.ConstraintClauses)
                {
                    if (clause.Name.Identifier.ValueText != typeParameter.Name)
                        continue;
                    foreach (TypeParameterConstraintSyntax constraint in clause.Constraints)
                        if (constraint is TypeConstraintSyntax typeConstraint)
                            return typeConstraint.Type;
                }
            }

            return null;
        }

        private IParameterSymbol? At(int index) => index < parameters.Length ? parameters[index] : null;

        private Location? ReturnTypeLocation() =>
            (method.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax() as MethodDeclarationSyntax)?.ReturnType.GetLocation()
            ?? method.Locations.FirstOrDefault();

        private string FailAt(int index, string message)
        {
            IParameterSymbol? parameter = At(index);
            ErrorLocation = parameter?.Locations.FirstOrDefault() is { } location
                ? (parameter.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax().GetLocation() ?? location)
                : method.Locations.FirstOrDefault();
            return message;
        }

        private string Fail(Location? location, string message)
        {
            ErrorLocation = location;
            return message;
        }
    }
}
