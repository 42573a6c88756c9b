using Containers.Engine.Dockerfile.Syntax;

namespace Containers.Engine.Dockerfile.Analysis.Rules;

/// <summary>
/// A hadolint-style best-practice rule: off by default (a Dockerfile that breaks one still builds), turned on by
/// giving it a severity in <see cref="DockerfileAnalyzerOptions.RuleSeverities"/>; <c># hadolint ignore=DLxxxx</c>
/// suppresses it by its hadolint code.
/// </summary>
internal abstract class BestPracticeRule : DockerfileRule
{
    public sealed override bool IsEnabledByDefault => false;

    public sealed override int? DockerfileUtilsCode => null;

    /// <summary>The shell-form RUN instructions of each stage (ONBUILD triggers and JSON form are not shell scripts here).</summary>
    protected static IEnumerable<Instruction> ShellRuns(IEnumerable<Instruction> instructions) =>
        instructions.Where(i => i.Kind == InstructionKind.Run && i.Form == InstructionForm.Shell && i.Arguments.Count > 0);

    /// <summary>True when a command's first word (after <c>sudo</c>/<c>env</c> style prefixes are not skipped) is <paramref name="name"/>.</summary>
    protected static bool IsCommand(string[] words, string name) =>
        words.Length > 0 && string.Equals(words[0], name, StringComparison.Ordinal);
}
