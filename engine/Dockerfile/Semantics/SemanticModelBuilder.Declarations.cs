using Containers.Engine.Dockerfile.Syntax;

namespace Containers.Engine.Dockerfile.Semantics;

internal sealed partial class SemanticModelBuilder
{
    /// <summary>
    /// The declarations of an ARG or ENV. Values are evaluated with the bindings from before the instruction (BuildKit
    /// expands the whole instruction first), then all of its declarations take effect together.
    /// </summary>
    private void Declare(Instruction instruction, VariableDeclarationKind kind)
    {
        var arguments = instruction.Arguments;
        if (arguments.Count == 0)
        {
            return;
        }

        var pending = _pending;
        pending.Clear();
        if (kind == VariableDeclarationKind.Env && !arguments[0].Text.Contains('=', StringComparison.Ordinal))
        {
            // Legacy "ENV NAME value words": the value is the rest of the line.
            var name = arguments[0];
            string? valueText = null;
            TextRange? valueRange = null;
            if (arguments.Count > 1)
            {
                valueText = instruction.ArgumentsText[name.Text.Length..].TrimStart(' ', '\t');
                valueRange = new TextRange(arguments[1].Range.Start, arguments[^1].Range.End);
                for (var i = 1; i < arguments.Count; i++)
                {
                    Scan(arguments[i], instruction, VariableExpansion.Builder, _stage);
                }
            }

            pending.Add(Declaration(instruction, kind, name, name.Text, name.Range, valueText, valueRange));
        }
        else
        {
            for (var i = 0; i < arguments.Count; i++)
            {
                var word = arguments[i];
                var equals = word.Text.IndexOf('=', StringComparison.Ordinal);
                var nameLength = equals < 0 ? word.Text.Length : equals;
                if (nameLength == 0 || (equals < 0 && kind == VariableDeclarationKind.Env))
                {
                    continue;
                }

                var nameRange = LogicalRange(word, 0, nameLength);
                TextRange? valueRange = equals < 0 ? null : LogicalRange(word, equals + 1, word.Text.Length);
                if (equals >= 0)
                {
                    Scan(word, instruction, VariableExpansion.Builder, _stage);
                }

                // Names through the cache: the references found later are then the same strings (the scanner shares it).
                var text = word.Text.AsSpan();
                pending.Add(Declaration(instruction, kind, word, _strings.Get(text[..nameLength]), nameRange, equals < 0 ? null : _strings.Get(text[(equals + 1)..]), valueRange));
            }
        }

        foreach (var declaration in pending)
        {
            var binding = new VariableBinding(declaration.Variable, declaration);
            if (_stage is null)
            {
                _global[declaration.Variable.Name] = binding;
                continue;
            }

            _bindings[declaration.Variable.Name] = binding;
            if (kind == VariableDeclarationKind.Env)
            {
                _environment[declaration.Variable.Name] = binding;
            }
        }
    }

    private VariableDeclaration Declaration(Instruction instruction, VariableDeclarationKind kind, SyntaxToken word, string name, TextRange nameRange, string? valueText, TextRange? valueRange)
    {
        var variable = GetOrAddVariable(name);
        var declaration = new VariableDeclaration(variable, kind, instruction, word, nameRange, valueText, valueRange);
        variable.AddDeclaration(declaration);
        var lookup = _stage is null ? _lookupGlobal : _lookupStage;
        if (valueText is not null)
        {
            declaration.Value = SubstitutionEvaluator.Evaluate(valueText, _syntax.EscapeCharacter, lookup);
            declaration.IsValueKnown = declaration.Value is not null;
        }
        else if (_stage is not null && _global.TryGetValue(name, out var global))
        {
            // "ARG NAME" in a stage takes the global ARG's default.
            declaration.Inherits = global.Variable;
            declaration.Value = global.Value;
            declaration.IsValueKnown = global.IsValueKnown || (global.Declaration is { ValueText: null } && global.Declaration.IsValueKnown);
        }
        else if (PredefinedArgs.PlatformSet.Contains(name) || PredefinedArgs.ProxySet.Contains(name))
        {
            declaration.Inherits = _stage is null ? null : _model.Predefined[name];
            declaration.IsValueKnown = false;
        }
        else
        {
            // An ARG without default is unset in a build without --build-arg.
            declaration.IsValueKnown = true;
        }

        return declaration;
    }

    private DockerfileVariable GetOrAddVariable(string name)
    {
        if (_stage is null)
        {
            if (!_model.GlobalByName.TryGetValue(name, out var global))
            {
                global = new DockerfileVariable(name, null, isPredefined: false);
                _model.GlobalByName[name] = global;
                _model.GlobalList.Add(global);
            }

            return global;
        }

        if (!_stage.VariablesByName.TryGetValue(name, out var variable))
        {
            variable = new DockerfileVariable(name, _stage, isPredefined: false);
            _stage.VariablesByName[name] = variable;
            _stage.VariableList.Add(variable);
        }

        return variable;
    }

    /// <summary>The source range of logical characters [start, end) of <paramref name="token"/>, continuations skipped.</summary>
    private TextRange LogicalRange(SyntaxToken token, int start, int end)
    {
        if (token.Span.Length == token.Text.Length)
        {
            return GetRange(new TextSpan(token.Span.Start + start, end - start));
        }

        _offsets.Clear();
        ContinuationWalker.LogicalOffsets(_syntax.Text, _syntax.EscapeCharacter, token.Span, _offsets);
        if (_offsets.Count == 0)
        {
            return token.Range;
        }

        start = Math.Clamp(start, 0, _offsets.Count);
        end = Math.Clamp(end, start, _offsets.Count);
        var from = start < _offsets.Count ? _offsets[start] : _offsets[^1] + 1;
        var to = end > start ? _offsets[end - 1] + 1 : from;
        return GetRange(TextSpan.FromBounds(from, to));
    }

    private void AddStageReference(StageReferenceKind kind, SyntaxToken value, int start, int end, Instruction instruction)
    {
        var text = value.Text[start..end];
        if (text.Length == 0)
        {
            return;
        }

        var isIndex = text.All(char.IsAsciiDigit);
        BuildStage? target;
        if (isIndex)
        {
            target = int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var index)
                && index < _model.StagesList.Count && _model.StagesList[index] != _stage
                ? _model.StagesList[index]
                : null;
        }
        else
        {
            // By name, --from and from= may name any other stage (BuildKit orders the graph itself); FROM only earlier ones.
            target = _allStages.FirstOrDefault(s => s != _stage && s.Name is { } n && string.Equals(n.Text, text, StringComparison.OrdinalIgnoreCase));
        }

        _model.StageReferenceList.Add(new StageReference(kind, text, LogicalRange(value, start, end), instruction, _stage, target, isIndex));
    }

    private void AddMountFrom(SyntaxToken value, Instruction instruction)
    {
        // --mount=type=cache,from=builder,source=/x: comma-separated key=value fields (CSV, unquoted in practice).
        var text = value.Text;
        var fieldStart = 0;
        while (fieldStart <= text.Length)
        {
            var comma = text.IndexOf(',', fieldStart);
            var fieldEnd = comma < 0 ? text.Length : comma;
            if (fieldEnd - fieldStart > 5 && string.Compare(text, fieldStart, "from=", 0, 5, StringComparison.OrdinalIgnoreCase) == 0)
            {
                AddStageReference(StageReferenceKind.MountFrom, value, fieldStart + 5, fieldEnd, instruction);
            }

            if (comma < 0)
            {
                break;
            }

            fieldStart = comma + 1;
        }
    }

    private void CollectHeredocs(Instruction instruction)
    {
        foreach (var heredoc in instruction.Heredocs)
        {
            var marker = heredoc.Marker.Text;
            var at = marker.LastIndexOf(heredoc.Name, StringComparison.Ordinal);
            var nameRange = at < 0 ? heredoc.Marker.Range : LogicalRange(heredoc.Marker, at, at + heredoc.Name.Length);
            TextRange? terminatorRange = heredoc.Terminator is { } t
                ? GetRange(TextSpan.FromBounds(t.Span.End - heredoc.Name.Length, t.Span.End))
                : null;
            _model.HeredocList.Add(new HeredocName(heredoc, instruction, nameRange, terminatorRange));
        }
    }
}
