using System;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace OptimGen.Analyzers.Narrowing;

/// <summary>
/// The range that comparisons which must hold where a variable is read give it: the arm of
/// <c>state.Count &lt; MemorySize ? (int)state.Count : MemorySize</c>, the body of <c>if (state.Count &lt; MemorySize)</c>,
/// the <c>else</c> of the opposite test, the body of <c>while (k &lt; n)</c> or of a <c>for</c> loop testing it, the statements after <c>if (state.Count &gt;= n) return;</c> (or a block ending with such an exit, or <c>ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(state.Count, n);</c>) and the right side of
/// <c>x &lt; m &amp;&amp; ...</c>, the arm of a <c>switch</c> expression on it and the section of a <c>switch</c> statement on it; what a condition or pattern says is read by
/// <see cref="GuardConditions"/>. Comparisons may be joined with <c>&amp;&amp;</c> (or, negated, <c>||</c>). A guard counts only when
/// nothing between it and the read can change the variable: no assignment (also as an element of a deconstruction), increment, <c>ref</c>/<c>out</c> argument or
/// <c>ref</c> alias of it, and, for a member such as <c>state.Count</c>, no call that is given its root (<c>Advance(state)</c>).
/// An upper bound alone is read like <c>Math.Min</c>: the variable is taken as a count, not negative.
/// </summary>
internal static class GuardBounds
{
    /// <summary>The range the guards around <paramref name="operation"/> keep it in; null when none bounds it from above.</summary>
    public static ValueInterval? Of(IOperation operation, int depth)
    {
        if (depth > IndexBounds.MaxDepth || operation.SemanticModel is not { } model
            || NumericType.From(operation.Type) is not { IsIntegral: true } type
            || Unparenthesized(operation.Syntax) is not ExpressionSyntax target || RootOf(target) is not { } root)
            return null;

        var range = new GuardConditions.Limits();
        SyntaxNode child = target;
        for (SyntaxNode? parent = target.Parent; parent is not null && !IsScopeBoundary(parent); child = parent, parent = parent.Parent)
        {
            switch (parent)
            {
                case ConditionalExpressionSyntax conditional when child == conditional.WhenTrue || child == conditional.WhenFalse:
                    Guard(conditional.Condition, child == conditional.WhenTrue, child);
                    break;
                case IfStatementSyntax ifStatement when child == ifStatement.Statement:
                    Guard(ifStatement.Condition, holds: true, child);
                    break;
                case WhileStatementSyntax loop when child == loop.Statement:
                    // Checked before every pass, so a write later in the body (`k++`) is checked again before the next read.
                    Guard(loop.Condition, holds: true, child);
                    break;
                case ForStatementSyntax { Condition: { } condition } loop when child == loop.Statement:
                    // Likewise, and the incrementors run before the test: `for (; i + width <= span.Length; i += width)` over an
                    // index declared before the loop, as SIMD code with a scalar tail writes it.
                    Guard(condition, holds: true, child);
                    break;
                case ElseClauseSyntax { Parent: IfStatementSyntax ifStatement }:
                    Guard(ifStatement.Condition, holds: false, child);
                    break;
                case BinaryExpressionSyntax binary when child == binary.Right && binary.IsKind(SyntaxKind.LogicalAndExpression):
                    Guard(binary.Left, holds: true, child);
                    break;
                case BinaryExpressionSyntax binary when child == binary.Right && binary.IsKind(SyntaxKind.LogicalOrExpression):
                    Guard(binary.Left, holds: false, child);
                    break;
                case BlockSyntax block when child is StatementSyntax statement:
                    EarlyExits(block, statement);
                    break;
                case SwitchExpressionArmSyntax { Parent: SwitchExpressionSyntax switchExpression } arm when child == arm.Expression:
                    SwitchArm(switchExpression, arm);
                    break;
                case SwitchSectionSyntax { Parent: SwitchStatementSyntax switchStatement } section when child is StatementSyntax:
                    SwitchSection(switchStatement, section);
                    break;
            }
        }

        if (range.High is not { } high)
            return range.Low is { } onlyLow && onlyLow > type.Range.Low ? new ValueInterval(onlyLow, type.Range.High) : null;
        decimal low = range.Low ?? (high >= 0 ? Math.Max(type.Range.Low, 0) : high);
        return new ValueInterval(Math.Max(Math.Min(low, high), type.Range.Low), Math.Min(high, type.Range.High));

        // `if (x >= n) return;` (also `continue`, `break`, `throw`, or a block ending with one) or
        // `ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(x, n);` before the statement holding the read.
        void EarlyExits(BlockSyntax block, StatementSyntax statement)
        {
            int position = block.Statements.IndexOf(statement);
            for (int i = 0; i < position; i++)
            {
                GuardConditions.Limits? after = block.Statements[i] switch
                {
                    IfStatementSyntax { Else: null } exit when Exits(exit.Statement) => GuardConditions.FromCondition(exit.Condition, holds: false, target, model, depth),
                    ExpressionStatementSyntax { Expression: InvocationExpressionSyntax call } => GuardConditions.AfterThrowHelper(call, target, model, depth),
                    _ => null,
                };
                if (after is not null && !Enumerable.Range(i + 1, position - i).Any(j => ChangesIn(block.Statements[j], target, root, target)))
                    range.Add(after);
            }
        }

        // `state.Count switch { >= 100 => 100, var c when c >= 0 => (int)c, _ => 0 }`: the arm's pattern and `when` hold, and
        // the earlier arms' patterns (those without a `when`) do not.
        void SwitchArm(SwitchExpressionSyntax switchExpression, SwitchExpressionArmSyntax arm)
        {
            if (ChangesIn(arm.Expression, target, root, target))
                return;
            if (arm.WhenClause is { } when)
                range.Add(GuardConditions.FromCondition(when.Condition, holds: true, target, model, depth));
            bool governed = SyntaxFactory.AreEquivalent(Unparenthesized(switchExpression.GoverningExpression), target)
                            || (target is IdentifierNameSyntax name && DesignatedName(arm.Pattern) == name.Identifier.ValueText);
            if (!governed)
                return;
            range.Add(GuardConditions.FromPattern(arm.Pattern, holds: true, model, depth));
            foreach (SwitchExpressionArmSyntax earlier in switchExpression.Arms.TakeWhile(other => other != arm))
            {
                if (earlier.WhenClause is null)
                    range.Add(GuardConditions.FromPattern(earlier.Pattern, holds: false, model, depth));
            }
        }

        // The same for a switch statement's section with one label: `case var c when c < MemorySize: ... (int)c`, `case 3:`, after
        // `case < 0:`. A `default` section excludes every other section's patterns; a `goto` into the switch is no guard.
        void SwitchSection(SwitchStatementSyntax switchStatement, SwitchSectionSyntax section)
        {
            if (section.Labels.Count != 1 || switchStatement.DescendantNodes().Any(node => node is GotoStatementSyntax)
                || ChangesIn(section, target, root, target))
                return;
            SwitchLabelSyntax label = section.Labels[0];
            if (label is CasePatternSwitchLabelSyntax { WhenClause: { } when })
                range.Add(GuardConditions.FromCondition(when.Condition, holds: true, target, model, depth));
            bool governed = SyntaxFactory.AreEquivalent(Unparenthesized(switchStatement.Expression), target)
                            || (target is IdentifierNameSyntax name && label is CasePatternSwitchLabelSyntax named && DesignatedName(named.Pattern) == name.Identifier.ValueText);
            if (!governed || label is not (CasePatternSwitchLabelSyntax or CaseSwitchLabelSyntax or DefaultSwitchLabelSyntax))
                return;
            if (label is CasePatternSwitchLabelSyntax matched)
                range.Add(GuardConditions.FromPattern(matched.Pattern, holds: true, model, depth));
            // `case 3:` (a constant label, not a pattern): the value is that constant.
            if (label is CaseSwitchLabelSyntax constant)
                range.Add(GuardConditions.FromEquality(constant.Value, model, depth));
            foreach (SwitchSectionSyntax other in switchStatement.Sections)
            {
                if (other == section)
                {
                    if (label is DefaultSwitchLabelSyntax)
                        continue;
                    break;
                }

                foreach (SwitchLabelSyntax otherLabel in other.Labels)
                {
                    if (otherLabel is CasePatternSwitchLabelSyntax { WhenClause: null } excluded)
                        range.Add(GuardConditions.FromPattern(excluded.Pattern, holds: false, model, depth));
                }
            }
        }

        void Guard(ExpressionSyntax condition, bool holds, SyntaxNode region)
        {
            if (!ChangesIn(region, target, root, target))
                range.Add(GuardConditions.FromCondition(condition, holds, target, model, depth));
        }
    }

    /// <summary>
    /// Whether <paramref name="region"/>, entered once the guard held, may change <paramref name="target"/> before
    /// <paramref name="read"/>: a write earlier in the text, or a later one inside a loop of the region that also holds the read
    /// (any write at all when the region jumps with <c>goto</c>). See the class summary for what writes.
    /// </summary>
    internal static bool ChangesIn(SyntaxNode region, ExpressionSyntax target, string root, SyntaxNode read)
    {
        bool member = target is not IdentifierNameSyntax;
        bool jumps = region.DescendantNodesAndSelf().Any(node => node is GotoStatementSyntax);
        foreach (SyntaxNode node in region.DescendantNodesAndSelf())
        {
            if (!jumps && node.SpanStart > read.Span.End && !InLoopAround(node, read, region))
                continue;
            switch (node)
            {
                case AssignmentExpressionSyntax assignment when Names(assignment.Left, target, root):
                case PrefixUnaryExpressionSyntax prefix when prefix.Kind() is SyntaxKind.PreIncrementExpression or SyntaxKind.PreDecrementExpression && Names(prefix.Operand, target, root):
                case PostfixUnaryExpressionSyntax postfix when postfix.Kind() is SyntaxKind.PostIncrementExpression or SyntaxKind.PostDecrementExpression && Names(postfix.Operand, target, root):
                case RefExpressionSyntax reference when Names(reference.Expression, target, root):
                case ArgumentSyntax argument when Names(argument.Expression, target, root)
                                                 && (!argument.RefKindKeyword.IsKind(SyntaxKind.None) || LocalBounds.IsDeconstructed(argument)
                                                     || (member && IsRoot(argument.Expression, root))):
                    return true;
            }
        }

        return false;
    }

    /// <summary>Whether a loop inside <paramref name="region"/> holds both <paramref name="write"/> and <paramref name="read"/>.</summary>
    private static bool InLoopAround(SyntaxNode write, SyntaxNode read, SyntaxNode region) =>
        read.Ancestors().TakeWhile(node => node != region.Parent)
            .Any(node => node is ForStatementSyntax or ForEachStatementSyntax or WhileStatementSyntax or DoStatementSyntax && node.Span.Contains(write.Span));

    /// <summary>The variable itself, or (for a member) its root, which a whole assignment or a call could change.</summary>
    private static bool Names(ExpressionSyntax expression, ExpressionSyntax target, string root) =>
        SyntaxFactory.AreEquivalent(Unparenthesized(expression), target) || IsRoot(expression, root);

    private static bool IsRoot(ExpressionSyntax expression, string root) =>
        Unparenthesized(expression) is IdentifierNameSyntax identifier && identifier.Identifier.ValueText == root;

    /// <summary>The leftmost name of a variable read (<c>state</c> of <c>state.Count</c>); null for anything else, such as a call.</summary>
    internal static string? RootOf(SyntaxNode expression) => expression switch
    {
        IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
        MemberAccessExpressionSyntax { Expression: ThisExpressionSyntax, Name: IdentifierNameSyntax name } => name.Identifier.ValueText,
        MemberAccessExpressionSyntax { RawKind: (int)SyntaxKind.SimpleMemberAccessExpression, Name: IdentifierNameSyntax } access => RootOf(access.Expression),
        _ => null,
    };

    /// <summary>The variable a <c>var c</c> or <c>long c</c> pattern names.</summary>
    private static string? DesignatedName(PatternSyntax pattern) => pattern switch
    {
        VarPatternSyntax { Designation: SingleVariableDesignationSyntax designation } => designation.Identifier.ValueText,
        DeclarationPatternSyntax { Designation: SingleVariableDesignationSyntax designation } => designation.Identifier.ValueText,
        _ => null,
    };

    private static bool Exits(StatementSyntax statement) => statement switch
    {
        ReturnStatementSyntax or ContinueStatementSyntax or BreakStatementSyntax or ThrowStatementSyntax => true,
        // `{ update.Clear(); return; }`: whatever the block does first, it does not fall through.
        BlockSyntax { Statements.Count: > 0 } block => Exits(block.Statements[block.Statements.Count - 1]),
        _ => false,
    };

    /// <summary>A lambda, local function or member: a guard outside it does not hold when it runs.</summary>
    internal static bool IsScopeBoundary(SyntaxNode node) =>
        node is AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax or MemberDeclarationSyntax or AccessorDeclarationSyntax;

    internal static SyntaxNode Unparenthesized(SyntaxNode node)
    {
        while (node is ParenthesizedExpressionSyntax parenthesized)
            node = parenthesized.Expression;
        return node;
    }
}
