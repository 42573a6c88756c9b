using Containers.Engine.Dockerfile.Syntax;

namespace Containers.Engine.Dockerfile.Semantics;

/// <summary>Walks the instructions once, in order, filling a <see cref="DockerfileSemanticModel"/> (see its remarks for the rules).</summary>
internal sealed partial class SemanticModelBuilder
{
    private readonly DockerfileSemanticModel _model;
    private readonly DockerfileSyntax _syntax;
    private readonly VariableScanner _scanner;
    private readonly StringCache _strings = new();
    private readonly List<VariableScanner.Found> _found = [];
    private readonly List<int> _offsets = [];
    private readonly List<VariableDeclaration> _pending = [];

    // The bindings in effect: the global scope's, then the current stage's (ARG and ENV), and its ENVs alone (what runtime shells see).
    private readonly Dictionary<string, VariableBinding> _global = new(StringComparer.Ordinal);
    private Dictionary<string, VariableBinding> _bindings = new(StringComparer.Ordinal);
    private Dictionary<string, VariableBinding> _environment = new(StringComparer.Ordinal);
    private readonly List<BuildStage> _allStages = [];

    // Per stage: its ARG and ENV words, and its ENV words (the most bindings it can add to each scope).
    private readonly List<(int Declarations, int Environment)> _stageSizes = [];
    private readonly Func<string, VariableValue> _lookupGlobal;
    private readonly Func<string, VariableValue> _lookupStage;
    private BuildStage? _stage;

    // The line of the last position computed: positions are asked for in text order, so the next one is on that line
    // or a few lines further (a binary search of the file's lines per position was a fifth of the model's time).
    private int _line;

    public SemanticModelBuilder(DockerfileSemanticModel model)
    {
        _model = model;
        _syntax = model.Syntax;
        _scanner = new VariableScanner(_syntax.Text, _syntax.EscapeCharacter, _strings);
        _lookupGlobal = LookupGlobal;
        _lookupStage = LookupStage;
    }

    public void Build()
    {
        foreach (var name in PredefinedArgs.Platform.Concat(PredefinedArgs.Proxy))
        {
            _model.Predefined[name] = new DockerfileVariable(name, null, isPredefined: true);
        }

        // Stages exist before the walk: COPY --from may name a later stage. Each is made with its instruction count
        // and how many ARG/ENV words it has (at most that many variables), so that its lists and dictionaries are
        // made once at their size: their growth was a fifth of the model's allocation on a large file (issue #10).
        var instructions = _syntax.Instructions;
        for (var i = 0; i < instructions.Count; i++)
        {
            if (instructions[i] is FromInstruction from)
            {
                var next = i + 1;
                int args = 0, envs = 0;
                for (; next < instructions.Count && instructions[next] is not FromInstruction; next++)
                {
                    var kind = instructions[next].Kind;
                    args += kind == InstructionKind.Arg ? instructions[next].ArgumentWords.Count : 0;
                    envs += kind == InstructionKind.Env ? instructions[next].ArgumentWords.Count : 0;
                }

                _allStages.Add(new BuildStage(_allStages.Count, from, next - i, args + envs));
                _stageSizes.Add((args + envs, envs));
            }
        }

        foreach (var instruction in _syntax.Instructions)
        {
            if (instruction is FromInstruction from)
            {
                EndStage();
                StartStage(from);
                continue;
            }

            _stage?.InstructionList.Add(instruction);
            Visit(instruction);
            CollectHeredocs(instruction);
        }

        EndStage();
    }

    private void StartStage(FromInstruction from)
    {
        var referenceStart = _model.ReferenceList.Count;
        var stageReferenceStart = _model.StageReferenceList.Count;

        // The FROM line is in the global scope: flags and image see only global and platform ARGs.
        foreach (var flag in from.Flags)
        {
            Scan(flag.Value, from, VariableExpansion.Builder, null);
        }

        var stage = _allStages[_model.StagesList.Count];
        stage.ReferenceStart = referenceStart;
        stage.StageReferenceStart = stageReferenceStart;
        var firstImageReference = _model.ReferenceList.Count;
        Scan(from.Image, from, VariableExpansion.Builder, null);
        for (var i = firstImageReference; i < _model.ReferenceList.Count; i++)
        {
            stage.BaseImageReferenceList.Add(_model.ReferenceList[i]);
        }

        if (from.Image is { } image)
        {
            var resolved = SubstitutionEvaluator.Evaluate(image.Text, _syntax.EscapeCharacter, _lookupGlobal);
            stage.ResolvedBaseImage = resolved;
            stage.BaseStage = EarlierStageNamed(resolved ?? image.Text);
            stage.HasKnownBaseEnvironment = stage.BaseStage?.HasKnownBaseEnvironment ?? string.Equals(resolved, "scratch", StringComparison.OrdinalIgnoreCase);
            _model.StageReferenceList.Add(new StageReference(StageReferenceKind.FromImage, image.Text, image.Range, from, stage, stage.BaseStage, isIndex: false));
        }

        _model.StagesList.Add(stage);
        _stage = stage;
        var (declarations, environment) = _stageSizes[stage.Index];
        var inherited = stage.BaseStage?.ExportedEnvironment.Count ?? 0;
        _bindings = new(declarations + inherited, StringComparer.Ordinal);
        _environment = new(environment + inherited, StringComparer.Ordinal);
        if (stage.BaseStage is { } parent)
        {
            foreach (var (name, binding) in parent.ExportedEnvironment)
            {
                stage.InheritedEnvironment[name] = binding;
                _bindings[name] = binding;
                _environment[name] = binding;
            }
        }
    }

    private BuildStage? EarlierStageNamed(string name)
    {
        foreach (var earlier in _model.StagesList)
        {
            if (earlier.Name is { } n && string.Equals(n.Text, name, StringComparison.OrdinalIgnoreCase))
            {
                return earlier;
            }
        }

        return null;
    }

    private void EndStage()
    {
        if (_stage is null)
        {
            return;
        }

        // Handed over, not copied: the next stage starts a dictionary of its own (a copy per stage of a large file
        // was tens of KB of garbage per semantic model, rebuilt on every edit).
        _stage.ExportedEnvironment = _environment;

        _stage.ReferenceEnd = _model.ReferenceList.Count;
        _stage.StageReferenceEnd = _model.StageReferenceList.Count;
        _stage.Range = new TextRange(_stage.From.Range.Start, _stage.InstructionList[^1].Range.End);
    }

    private void Visit(Instruction instruction)
    {
        switch (instruction.Kind)
        {
            case InstructionKind.Onbuild or InstructionKind.Shell or InstructionKind.Maintainer or InstructionKind.Unknown:
                return;
            case InstructionKind.Arg:
                ScanFlags(instruction);
                Declare(instruction, VariableDeclarationKind.Arg);
                return;
            case InstructionKind.Env:
                ScanFlags(instruction);
                Declare(instruction, VariableDeclarationKind.Env);
                return;
        }

        if (_stage is null)
        {
            // Only ARG belongs before the first FROM; anything else there is an error reported by InstructionBeforeFrom.
            return;
        }

        ScanFlags(instruction);
        switch (instruction.Kind)
        {
            case InstructionKind.Run when instruction.Form == InstructionForm.Shell:
                ScanArguments(instruction, VariableExpansion.BuildShell);
                break;
            case InstructionKind.Cmd or InstructionKind.Entrypoint when instruction.Form == InstructionForm.Shell:
                ScanArguments(instruction, VariableExpansion.RuntimeShell);
                break;
            case InstructionKind.Healthcheck:
                if (instruction.Arguments.Count > 1 && !instruction.Arguments[1].Text.StartsWith('['))
                {
                    ScanArguments(instruction, VariableExpansion.RuntimeShell, first: 1);
                }

                break;
            case InstructionKind.Add or InstructionKind.Copy or InstructionKind.Expose or InstructionKind.Label
                or InstructionKind.Stopsignal or InstructionKind.User or InstructionKind.Volume or InstructionKind.Workdir:
                ScanArguments(instruction, VariableExpansion.Builder);
                break;
        }

        ScanHeredocBodies(instruction);
    }

    private void ScanFlags(Instruction instruction)
    {
        // Index loops here and below: a foreach over an IReadOnlyList boxes an enumerator per instruction, a tenth of
        // the model's allocation on a large file (issue #10).
        var flags = instruction.Flags;
        for (var i = 0; i < flags.Count; i++)
        {
            var flag = flags[i];
            Scan(flag.Value, instruction, VariableExpansion.Builder, _stage);
            if (flag.Value is not { } value || _stage is null)
            {
                continue;
            }

            var name = flag.Name.Text;
            if (instruction.Kind == InstructionKind.Copy && string.Equals(name, "from", StringComparison.Ordinal))
            {
                AddStageReference(StageReferenceKind.CopyFrom, value, 0, value.Text.Length, instruction);
            }
            else if (instruction.Kind == InstructionKind.Run && string.Equals(name, "mount", StringComparison.Ordinal))
            {
                AddMountFrom(value, instruction);
            }
        }
    }

    // By the words' places: the scan reads the text, and asking for Instruction.Arguments would make a token per word
    // of every RUN line, which nothing else that publishes diagnostics needs (ArgumentWords).
    private void ScanArguments(Instruction instruction, VariableExpansion expansion, int first = 0)
    {
        var count = instruction.ArgumentWords.Count;
        for (var i = first; i < count; i++)
        {
            Scan(instruction.ArgumentSpan(i), instruction, expansion, _stage);
        }
    }

    private void ScanHeredocBodies(Instruction instruction)
    {
        var expansion = instruction.Kind == InstructionKind.Run ? VariableExpansion.BuildShell : VariableExpansion.Builder;
        foreach (var heredoc in instruction.Heredocs)
        {
            // A quoted delimiter (<<"EOF", <<'EOF') turns expansion off for the body.
            if (heredoc.BodyRange is not { } body || heredoc.Marker.Text.AsSpan().IndexOfAny('"', '\'') >= 0)
            {
                continue;
            }

            var lines = _syntax.Lines;
            var span = TextSpan.FromBounds(lines.LineStart(body.Start.Line) + body.Start.Character, lines.LineStart(body.End.Line) + body.End.Character);
            _found.Clear();
            _scanner.ScanRaw(span, _found);
            Record(instruction, expansion, _stage);
        }
    }

    private void Scan(SyntaxToken? token, Instruction instruction, VariableExpansion expansion, BuildStage? scope)
    {
        if (token is null)
        {
            return;
        }

        Scan(token.Span, instruction, expansion, scope);
    }

    private void Scan(TextSpan span, Instruction instruction, VariableExpansion expansion, BuildStage? scope)
    {
        _found.Clear();
        _scanner.Scan(span, singleQuotesAreLiteral: true, _found);
        Record(instruction, expansion, scope);
    }

    private void Record(Instruction instruction, VariableExpansion expansion, BuildStage? scope)
    {
        foreach (var found in _found)
        {
            var reference = new VariableReference(
                found.Name, GetRange(found.Whole), GetRange(found.NameSpan), found.Modifier, instruction, expansion, scope);
            if (Resolve(found.Name, expansion, scope) is { } binding)
            {
                reference.Variable = binding.Variable;
                reference.Declaration = binding.Declaration;
                binding.Variable.AddReference(reference);
            }

            _model.ReferenceList.Add(reference);
        }
    }

    /// <summary>What <see cref="LineMap.GetRange"/> gives, found from the line of the last position (see <see cref="_line"/>).</summary>
    private TextRange GetRange(TextSpan span) => new(GetPosition(span.Start), GetPosition(span.End));

    private TextPosition GetPosition(int offset)
    {
        var lines = _syntax.Lines;
        offset = Math.Clamp(offset, 0, lines.TextLength);
        if (offset < lines.LineStart(_line))
        {
            var position = lines.GetPosition(offset);
            _line = position.Line;
            return position;
        }

        while (_line + 1 < lines.LineCount && lines.LineStart(_line + 1) <= offset)
        {
            _line++;
        }

        return new TextPosition(_line, offset - lines.LineStart(_line));
    }

    private VariableBinding? Resolve(string name, VariableExpansion expansion, BuildStage? scope)
    {
        if (scope is null)
        {
            return _global.GetValueOrDefault(name)
                ?? (PredefinedArgs.PlatformSet.Contains(name) ? new VariableBinding(_model.Predefined[name], null) : null);
        }

        var bindings = expansion == VariableExpansion.RuntimeShell ? _environment : _bindings;
        return bindings.GetValueOrDefault(name)
            ?? (expansion != VariableExpansion.RuntimeShell && PredefinedArgs.ProxySet.Contains(name) ? new VariableBinding(_model.Predefined[name], null) : null);
    }

    private VariableValue LookupGlobal(string name) =>
        _global.TryGetValue(name, out var binding) ? binding.ToValue()
        : PredefinedArgs.PlatformSet.Contains(name) ? VariableValue.Unknown
        : VariableValue.Unset;

    private VariableValue LookupStage(string name) =>
        _bindings.TryGetValue(name, out var binding) ? binding.ToValue()
        : _stage is { HasKnownBaseEnvironment: true } && !PredefinedArgs.ProxySet.Contains(name) ? VariableValue.Unset
        : VariableValue.Unknown;
}
