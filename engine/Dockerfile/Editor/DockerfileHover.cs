using Containers.Engine.Dockerfile.Semantics;
using Containers.Engine.Dockerfile.Syntax;

namespace Containers.Engine.Dockerfile.Editor;

/// <summary>
/// Hover: instruction and flag documentation, parser directives, variable values (at references and declarations),
/// and the stage a stage reference names.
/// </summary>
public static class DockerfileHover
{
    /// <summary>The hover at <paramref name="position"/>; null when there is nothing to say.</summary>
    public static EditorHover? Get(DockerfileSnapshot snapshot, TextPosition position)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var semantics = snapshot.Semantics;
        if (semantics.GetVariableReferenceAt(position) is { } reference)
        {
            return new EditorHover(VariableText(reference.Name, reference.Variable, reference.Declaration), reference.Range);
        }

        foreach (var variable in semantics.GlobalVariables.Concat(semantics.Stages.SelectMany(s => s.Variables)))
        {
            foreach (var declaration in variable.Declarations)
            {
                if (declaration.NameRange.Contains(position))
                {
                    return new EditorHover(VariableText(variable.Name, variable, declaration), declaration.NameRange);
                }
            }
        }

        foreach (var directive in snapshot.Syntax.Directives)
        {
            if (directive.Name.Range.Contains(position) && InstructionDocs.Directive(directive.Name.Text) is { } doc)
            {
                return new EditorHover(doc, directive.Name.Range);
            }
        }

        if (semantics.GetStageReferenceAt(position) is { Target: { } stage } stageReference)
        {
            var image = stage.BaseImage?.Text ?? "?";
            return new EditorHover($"Build stage `{stage.DisplayName}` (line {stage.From.Range.Start.Line + 1}), from `{image}`", stageReference.Range);
        }

        if (FindInstruction(snapshot.Syntax, position) is not { } instruction)
        {
            return null;
        }

        var target = instruction is OnbuildInstruction { Trigger: { } trigger } ? trigger : instruction;
        foreach (var keyword in new[] { instruction, target }.Distinct())
        {
            if (keyword.Keyword.Range.Contains(position) && InstructionDocs.Instruction(keyword.Kind) is { } doc)
            {
                return new EditorHover(doc, keyword.Keyword.Range);
            }
        }

        foreach (var flag in target.Flags)
        {
            var nameRange = new TextRange(flag.Range.Start, flag.Name.Range.End);
            if (nameRange.Contains(position) && InstructionDocs.Flag(target.Kind, flag.Name.Text) is { } doc)
            {
                return new EditorHover(doc, nameRange);
            }
        }

        return null;
    }

    /// <summary>The instruction whose range holds <paramref name="position"/>; null when none does.</summary>
    internal static Instruction? FindInstruction(DockerfileSyntax syntax, TextPosition position)
    {
        var instructions = syntax.Instructions;
        int low = 0, high = instructions.Count - 1;
        while (low <= high)
        {
            var middle = (low + high) / 2;
            var range = instructions[middle].Range;
            if (position < range.Start)
            {
                high = middle - 1;
            }
            else if (position > range.End)
            {
                low = middle + 1;
            }
            else
            {
                return instructions[middle];
            }
        }

        return null;
    }

    private static string VariableText(string name, DockerfileVariable? variable, VariableDeclaration? declaration)
    {
        if (variable is null)
        {
            return $"`{name}` is not declared here";
        }

        if (variable.IsPredefined)
        {
            return $"`{name}`: predefined build argument, set by the builder";
        }

        var value = declaration is { IsValueKnown: true, Value: { } known } ? $"```\n{name}={known}\n```" : $"`{name}`: value set at build time (`--build-arg`) or not known here";
        var origin = declaration is null ? string.Empty : $"\n\n{declaration.Instruction.Keyword.Text.ToUpperInvariant()} on line {declaration.Instruction.Range.Start.Line + 1}";
        return value + origin;
    }
}
