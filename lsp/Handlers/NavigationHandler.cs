using Containers.Engine.Dockerfile.Semantics;
using Containers.LanguageServer.Protocol;
using Containers.LanguageServer.Server;
using StreamJsonRpc;

namespace Containers.LanguageServer.Handlers;

/// <summary>
/// Definition, references, document highlight, prepareRename and rename for ARG/ENV variables, build stages and
/// here-document names, all from the engine's <see cref="DockerfileSemanticModel.FindSymbol"/>.
/// </summary>
public static class NavigationHandler
{
    public static Location[] Definition(OpenDocument? document, LspPosition position) =>
        Find(document, position) is { } symbol ? [.. symbol.Definitions.Select(r => new Location(document!.Uri, r.ToLsp()))] : [];

    public static Location[] References(OpenDocument? document, LspPosition position, bool includeDeclaration) =>
        Find(document, position) is { } symbol
            ? [.. symbol.Occurrences.Where(o => includeDeclaration || !o.IsDefinition).OrderBy(o => o.Range.Start).Select(o => new Location(document!.Uri, o.Range.ToLsp()))]
            : [];

    public static DocumentHighlight[] Highlight(OpenDocument? document, LspPosition position) =>
        Find(document, position) is { } symbol
            ? [.. symbol.Occurrences.OrderBy(o => o.Range.Start).Select(o => new DocumentHighlight(o.Range.ToLsp(), o.IsDefinition ? 3 : 2))]
            : [];

    public static PrepareRenameResult? PrepareRename(OpenDocument? document, LspPosition position) =>
        Find(document, position) is { } symbol && IsRenamable(symbol)
            ? new PrepareRenameResult(symbol.Range.ToLsp(), symbol.Name)
            : null;

    public static WorkspaceEdit? Rename(OpenDocument? document, LspPosition position, string newName)
    {
        if (Find(document, position) is not { } symbol || !IsRenamable(symbol))
        {
            return null;
        }

        if (string.IsNullOrWhiteSpace(newName) || newName.Any(c => char.IsWhiteSpace(c) || c is '$' or '{' or '}' or '=' or '"' or '\''))
        {
            throw new LocalRpcException($"'{newName}' is not a valid {symbol.Kind.ToString().ToLowerInvariant()} name") { ErrorCode = LspErrorCodes.InvalidParams };
        }

        var edits = symbol.Occurrences.Where(o => o.IsRenamable).Select(o => new TextEdit(o.Range.ToLsp(), newName)).ToArray();
        return new WorkspaceEdit(new Dictionary<string, IReadOnlyList<TextEdit>>(StringComparer.Ordinal) { [document!.Uri] = edits });
    }

    // A predefined variable has no declaration in the file to rename.
    private static bool IsRenamable(DockerfileSymbol symbol) => symbol.Variable is not { IsPredefined: true } && symbol.Occurrences.Any(o => o.IsDefinition);

    private static DockerfileSymbol? Find(OpenDocument? document, LspPosition position) =>
        document?.Snapshot.Semantics.FindSymbol(position.ToEngine());
}
