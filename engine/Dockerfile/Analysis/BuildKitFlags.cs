using Containers.Engine.Dockerfile.Syntax;

namespace Containers.Engine.Dockerfile.Analysis;

/// <summary>How BuildKit's BFlags parses a flag (moby/buildkit frontend/dockerfile/instructions/bflag.go).</summary>
internal enum BuildKitFlagType
{
    /// <summary>Needs <c>=value</c>; may be given once.</summary>
    String,

    /// <summary>Needs <c>=value</c>; may be repeated (<c>--mount</c>, <c>--exclude</c>).</summary>
    Strings,

    /// <summary><c>--flag</c> alone means true; a value must be true or false (any case); may be given once.</summary>
    Bool,
}

/// <summary>
/// The flags each instruction accepts in BuildKit today, with their types (frontend/dockerfile/instructions/parse.go).
/// Instructions missing from the table are not checked (see <see cref="Rules.UnknownFlagRule"/>).
/// </summary>
internal static class BuildKitFlags
{
    private static readonly Dictionary<InstructionKind, Dictionary<string, BuildKitFlagType>> s_flags = new()
    {
        [InstructionKind.Add] = new(StringComparer.Ordinal)
        {
            ["chown"] = BuildKitFlagType.String,
            ["chmod"] = BuildKitFlagType.String,
            ["link"] = BuildKitFlagType.Bool,
            ["keep-git-dir"] = BuildKitFlagType.Bool,
            ["checksum"] = BuildKitFlagType.String,
            ["unpack"] = BuildKitFlagType.Bool,
            ["exclude"] = BuildKitFlagType.Strings,
        },
        [InstructionKind.Copy] = new(StringComparer.Ordinal)
        {
            ["chown"] = BuildKitFlagType.String,
            ["from"] = BuildKitFlagType.String,
            ["chmod"] = BuildKitFlagType.String,
            ["link"] = BuildKitFlagType.Bool,
            ["exclude"] = BuildKitFlagType.Strings,
            ["parents"] = BuildKitFlagType.Bool,
        },
        [InstructionKind.From] = new(StringComparer.Ordinal)
        {
            ["platform"] = BuildKitFlagType.String,
        },
        [InstructionKind.Healthcheck] = new(StringComparer.Ordinal)
        {
            ["interval"] = BuildKitFlagType.String,
            ["timeout"] = BuildKitFlagType.String,
            ["start-period"] = BuildKitFlagType.String,
            ["start-interval"] = BuildKitFlagType.String,
            ["retries"] = BuildKitFlagType.String,
        },
        [InstructionKind.Run] = new(StringComparer.Ordinal)
        {
            ["mount"] = BuildKitFlagType.Strings,
            ["network"] = BuildKitFlagType.String,
            ["security"] = BuildKitFlagType.String,
            // Labs channel (BuildKit 0.20); known so that it is not a false positive there.
            ["device"] = BuildKitFlagType.Strings,
        },
    };

    /// <summary>
    /// The flags <paramref name="instruction"/> accepts; false for instructions whose flags are not checked, and for
    /// <c>HEALTHCHECK NONE</c>, whose flags BuildKit never parses (so any are accepted).
    /// </summary>
    public static bool TryGetFlags(Instruction instruction, out IReadOnlyDictionary<string, BuildKitFlagType> flags)
    {
        var found = s_flags.TryGetValue(instruction.Kind, out var table);
        flags = table!;
        return found && !IsHealthcheckNone(instruction);
    }

    /// <summary>True for <c>HEALTHCHECK NONE …</c> (any case).</summary>
    public static bool IsHealthcheckNone(Instruction instruction) =>
        instruction.Kind == InstructionKind.Healthcheck && instruction.Arguments.Count > 0
        && instruction.Arguments[0].Text.Equals("NONE", StringComparison.OrdinalIgnoreCase);

    /// <summary>The instruction whose flags matter: the trigger of an ONBUILD, otherwise the instruction itself.</summary>
    public static Instruction Target(Instruction instruction) =>
        instruction is OnbuildInstruction { Trigger: { } trigger } ? trigger : instruction;
}
