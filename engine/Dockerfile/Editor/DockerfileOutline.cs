using Containers.Engine.Dockerfile.Syntax;

namespace Containers.Engine.Dockerfile.Editor;

/// <summary>
/// The document outline: parser directives, then the instructions before the first FROM, then one entry per build
/// stage holding its instructions (dockerfile-language-server lists instructions flat; stages are what users navigate).
/// </summary>
public static class DockerfileOutline
{
    /// <summary>The outline of <paramref name="snapshot"/>, in text order.</summary>
    public static IReadOnlyList<EditorSymbol> Get(DockerfileSnapshot snapshot, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var result = new List<EditorSymbol>();
        foreach (var directive in snapshot.Syntax.Directives)
        {
            result.Add(new EditorSymbol(directive.Name.Text, directive.Value.Text, EditorSymbolKind.Directive, directive.Range, directive.Name.Range, [], false));
        }

        var stages = snapshot.Semantics.Stages;
        var firstFrom = stages.Count > 0 ? stages[0].From : null;
        foreach (var instruction in snapshot.Syntax.Instructions)
        {
            if (instruction == firstFrom)
            {
                break;
            }

            result.Add(Instruction(snapshot, instruction));
        }

        foreach (var stage in stages)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var children = stage.Instructions.Skip(1).Select(i => Instruction(snapshot, i)).ToList();
            var name = stage.Name?.Text ?? $"stage {stage.Index}";
            var range = stage.Range == default ? stage.From.Range : stage.Range;
            result.Add(new EditorSymbol(name, stage.BaseImage?.Text, EditorSymbolKind.Stage, range, stage.Name?.Range ?? stage.From.Keyword.Range, children, false));
        }

        return result;
    }

    private static EditorSymbol Instruction(DockerfileSnapshot snapshot, Instruction instruction)
    {
        var children = new List<EditorSymbol>();
        if (instruction.Kind is InstructionKind.Arg or InstructionKind.Env)
        {
            foreach (var variable in snapshot.Semantics.GlobalVariables.Concat(snapshot.Semantics.Stages.SelectMany(s => s.Variables)))
            {
                foreach (var declaration in variable.Declarations)
                {
                    if (declaration.Instruction == instruction)
                    {
                        children.Add(new EditorSymbol(variable.Name, declaration.ValueText, EditorSymbolKind.Variable, declaration.Word.Range, declaration.NameRange, [], false));
                    }
                }
            }

            children.Sort((a, b) => a.Range.Start.CompareTo(b.Range.Start));
        }

        var detail = instruction.ArgumentsText.Length > 60 ? instruction.ArgumentsText[..60] + "…" : instruction.ArgumentsText;
        return new EditorSymbol(
            instruction.Keyword.Text.ToUpperInvariant(),
            detail.Length == 0 ? null : detail,
            EditorSymbolKind.Instruction,
            instruction.Range,
            instruction.Keyword.Range,
            children,
            instruction.Kind == InstructionKind.Maintainer);
    }
}
