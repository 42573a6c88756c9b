using Containers.Engine.Dockerfile.Syntax;

namespace Containers.Engine.Dockerfile.Semantics;

public sealed partial class DockerfileSemanticModel
{
    /// <summary>
    /// The symbol at <paramref name="position"/> (a variable's declaration or reference, a stage's name or a reference
    /// to it, a here-document delimiter) with all its occurrences; null when there is none, or when the position is on
    /// an image that names no stage or on a reference that resolves to no variable.
    /// </summary>
    public DockerfileSymbol? FindSymbol(TextPosition position)
    {
        if (GetVariableReferenceAt(position) is { } reference)
        {
            return reference.Variable is { } v ? VariableSymbol(v, reference.NameRange) : null;
        }

        foreach (var variable in AllVariables())
        {
            foreach (var declaration in variable.Declarations)
            {
                if (declaration.NameRange.Contains(position))
                {
                    return VariableSymbol(variable, declaration.NameRange);
                }
            }
        }

        foreach (var stage in StagesList)
        {
            if (stage.Name is { } name && name.Range.Contains(position))
            {
                return StageSymbol(stage, name.Range);
            }
        }

        if (GetStageReferenceAt(position) is { Target: { } target } stageReference)
        {
            return StageSymbol(target, stageReference.Range);
        }

        foreach (var heredoc in HeredocList)
        {
            if (heredoc.NameRange.Contains(position) || (heredoc.TerminatorRange is { } t && t.Contains(position)))
            {
                var occurrences = new List<SymbolOccurrence> { new(heredoc.NameRange, true, true) };
                if (heredoc.TerminatorRange is { } terminator)
                {
                    occurrences.Add(new(terminator, false, true));
                }

                var at = heredoc.NameRange.Contains(position) ? heredoc.NameRange : heredoc.TerminatorRange!.Value;
                return new DockerfileSymbol(SymbolKind.Heredoc, heredoc.Name, at, occurrences, null, null, heredoc);
            }
        }

        return null;
    }

    private IEnumerable<DockerfileVariable> AllVariables() => GlobalList.Concat(StagesList.SelectMany(s => s.Variables));

    private DockerfileSymbol VariableSymbol(DockerfileVariable variable, TextRange at)
    {
        // A stage's "ARG NAME" takes the global ARG's value: they rename together.
        var root = variable.Declarations.Select(d => d.Inherits).FirstOrDefault(i => i is not null) ?? variable;
        var group = new List<DockerfileVariable> { root };
        if (root.Stage is null)
        {
            group.AddRange(StagesList.SelectMany(s => s.Variables).Where(v => v.Declarations.Any(d => d.Inherits == root)));
        }

        var definitions = group.SelectMany(v => v.Declarations).Select(d => new SymbolOccurrence(d.NameRange, true, true));
        var references = group.SelectMany(v => v.References).Select(r => new SymbolOccurrence(r.NameRange, false, true));
        return new DockerfileSymbol(
            SymbolKind.Variable, variable.Name, at,
            [.. definitions.OrderBy(o => o.Range.Start), .. references.OrderBy(o => o.Range.Start)],
            variable, null, null);
    }

    private DockerfileSymbol StageSymbol(BuildStage stage, TextRange at)
    {
        var occurrences = new List<SymbolOccurrence>();
        if (stage.Name is { } name)
        {
            occurrences.Add(new SymbolOccurrence(name.Range, true, true));
        }

        foreach (var reference in StageReferenceList)
        {
            if (reference.Target == stage)
            {
                occurrences.Add(new SymbolOccurrence(reference.Range, false, !reference.IsIndex));
            }
        }

        return new DockerfileSymbol(SymbolKind.Stage, stage.DisplayName, at, occurrences, null, stage, null);
    }
}
