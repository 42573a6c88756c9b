using Containers.Engine.Dockerfile.Editor;
using Containers.LanguageServer.Protocol;
using Containers.LanguageServer.Server;

namespace Containers.LanguageServer.Handlers;

/// <summary>
/// <c>textDocument/codeLens</c>: "Build stage &lt;name&gt;" above each named stage, running the extension's
/// <see cref="BuildStageCommand"/> with arguments [document URI, stage name] (a build with <c>--target</c>).
/// </summary>
public static class CodeLensHandler
{
    /// <summary>The command the extension binds; arguments: the Dockerfile's URI, the stage name.</summary>
    public const string BuildStageCommand = "containers.buildStage";

    public static CodeLens[] Get(OpenDocument? document) =>
        document is null
            ? []
            : [.. DockerfileCodeLenses.Get(document.Snapshot).Select(l => new CodeLens(
                l.Range.ToLsp(), new Command($"Build stage {l.StageName}", BuildStageCommand, [document.Uri, l.StageName])))];
}
