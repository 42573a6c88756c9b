using System.Globalization;
using Containers.Engine.Dockerfile.Syntax;

namespace Containers.Engine.Dockerfile.Editor;

/// <summary>An image a FROM names, as the builder would pull it.</summary>
/// <param name="Range">The image word.</param>
/// <param name="Reference">The reference with build arguments' defaults substituted.</param>
public sealed record EditorImageReference(TextRange Range, string Reference);

/// <summary>What the local engine knows about an image, for the hover on a FROM image.</summary>
/// <param name="Reference">The reference looked up.</param>
/// <param name="Size">Its size in bytes.</param>
/// <param name="Created">When it was built.</param>
/// <param name="LayerCount">Its filesystem layers (RootFS.Layers).</param>
/// <param name="Platform"><c>os/architecture[/variant]</c>; null when unknown.</param>
public sealed record EditorImageFacts(string Reference, long Size, DateTimeOffset Created, int LayerCount, string? Platform);

/// <summary>
/// The editor's view of FROM images: which image the cursor is on, completion of local image names and tags, and the
/// hover text for what the engine knows. The engine calls themselves stay with the caller (the language server asks
/// <c>ImagesClient</c>, with a cache and a short timeout); these functions only read the snapshot.
/// </summary>
public static class DockerfileBaseImages
{
    /// <summary>The image of the FROM at <paramref name="position"/>; null elsewhere, on a stage name, or when a variable leaves it unknown.</summary>
    public static EditorImageReference? At(DockerfileSnapshot snapshot, TextPosition position)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var stage = snapshot.Semantics.Stages.FirstOrDefault(s => s.BaseImage is { } image && image.Range.Contains(position));
        if (stage is null || stage.BaseStage is not null)
        {
            return null;
        }

        var reference = stage.ResolvedBaseImage ?? stage.BaseImage!.Text;
        return reference.Length == 0 || reference.Contains('$', StringComparison.Ordinal) || string.Equals(reference, "scratch", StringComparison.OrdinalIgnoreCase)
            ? null
            : new EditorImageReference(stage.BaseImage!.Range, reference);
    }

    /// <summary>
    /// Proposals from <paramref name="localImages"/> (<c>repository:tag</c> references) when the cursor is on the image
    /// word of a FROM (where a base image goes: after the flags, before any other argument); empty elsewhere.
    /// </summary>
    public static IReadOnlyList<CompletionCandidate> Complete(DockerfileSnapshot snapshot, TextPosition position, IReadOnlyCollection<string> localImages)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(localImages);
        if (ImageWordAt(snapshot, position) is not { } replace)
        {
            return [];
        }

        return [.. localImages.Order(StringComparer.Ordinal).Select(image => new CompletionCandidate(
            image, CompletionCandidateKind.Image, image, false, replace, "local image", null, false))];
    }

    /// <summary>The hover text for <paramref name="facts"/>: size, creation date, layers and platform.</summary>
    public static string HoverText(EditorImageFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var platform = facts.Platform is null ? string.Empty : $" · {facts.Platform}";
        return $"**{facts.Reference}** (local image)\n\n" +
            $"{FormatSize(facts.Size)} · {facts.LayerCount} layer{(facts.LayerCount == 1 ? string.Empty : "s")}{platform}\n\n" +
            $"Created {facts.Created.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)} UTC";
    }

    /// <summary>Bytes as <c>docker images</c> shows them (decimal units: 1 MB = 1,000,000 bytes).</summary>
    public static string FormatSize(long bytes)
    {
        string[] units = ["B", "kB", "MB", "GB", "TB"];
        double value = bytes;
        var unit = 0;
        while (value >= 1000 && unit < units.Length - 1)
        {
            value /= 1000;
            unit++;
        }

        return unit == 0 ? $"{bytes} B" : string.Create(CultureInfo.InvariantCulture, $"{value:0.##} {units[unit]}");
    }

    /// <summary>The word typed (up to the cursor) where a FROM's base image goes; null anywhere else (so callers ask the engine only here).</summary>
    public static TextRange? ImageWordAt(DockerfileSnapshot snapshot, TextPosition position)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var syntax = snapshot.Syntax;
        var instruction = DockerfileHover.FindInstruction(syntax, position);
        if (instruction is not FromInstruction from || position <= from.Keyword.Range.End || position.Line != from.Keyword.Range.Start.Line)
        {
            return null;
        }

        var lineStart = syntax.Lines.LineStart(position.Line);
        var cursor = Math.Min(lineStart + position.Character, syntax.Lines.ContentEnd(position.Line));
        var wordStart = cursor;
        while (wordStart > lineStart && !char.IsWhiteSpace(syntax.Text[wordStart - 1]))
        {
            wordStart--;
        }

        var start = syntax.GetPosition(wordStart);
        if (syntax.Text[wordStart..cursor].StartsWith('-') || from.Arguments.Any(a => a.Range.End < start) || from.Flags.Any(f => f.Range.Contains(position)))
        {
            return null;
        }

        return new TextRange(start, syntax.GetPosition(cursor));
    }
}
