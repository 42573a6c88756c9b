namespace Containers.Engine.Dockerfile.Analysis;

/// <summary>BuildKit's build-check rule names (moby/buildkit frontend/dockerfile/linter/ruleset.go), and hadolint codes that mean the same as ours.</summary>
internal static class BuildChecks
{
    public static readonly HashSet<string> Names = new(StringComparer.Ordinal)
    {
        "StageNameCasing", "FromAsCasing", "NoEmptyContinuation", "ConsistentInstructionCasing", "DuplicateStageName",
        "ReservedStageName", "JSONArgsRecommended", "MaintainerDeprecated", "UndefinedArgInFrom", "WorkdirRelativePath",
        "UndefinedVar", "MultipleInstructionsDisallowed", "LegacyKeyValueFormat", "InvalidBaseImagePlatform",
        "RedundantTargetPlatform", "SecretsUsedInArgOrEnv", "InvalidDefaultArgInFrom", "FromPlatformFlagConstDisallowed",
        "CopyIgnoredFile", "InvalidDefinitionDescription", "ExposeProtoCasing", "ExposeInvalidFormat",
    };

    /// <summary>hadolint codes (hadolint README rule table) whose meaning one of our rules has.</summary>
    public static readonly Dictionary<string, string[]> HadolintCodes = new(StringComparer.Ordinal)
    {
        ["WorkdirRelativePath"] = ["DL3000"],
        ["InvalidPort"] = ["DL3011"],
        ["DuplicateStageName"] = ["DL3024"],
        ["JSONArgsRecommended"] = ["DL3025"],
        ["InstructionBeforeFrom"] = ["DL3061"],
        ["ReservedStageName"] = ["DL3063"],
        ["MaintainerDeprecated"] = ["DL4000"],
        ["MultipleInstructionsDisallowed"] = ["DL3012", "DL4003", "DL4004"],
        ["LastUserRoot"] = ["DL3002"],
        ["CdInsteadOfWorkdir"] = ["DL3003"],
        ["FromUntaggedImage"] = ["DL3006"],
        ["FromLatestTag"] = ["DL3007"],
        ["AptGetVersionPinning"] = ["DL3008"],
        ["AptListsNotDeleted"] = ["DL3009"],
        ["AddInsteadOfCopy"] = ["DL3020"],
        ["PipefailMissing"] = ["DL4006"],
    };
}
