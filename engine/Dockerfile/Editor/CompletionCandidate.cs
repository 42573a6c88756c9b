using Containers.Engine.Dockerfile.Syntax;

namespace Containers.Engine.Dockerfile.Editor;

/// <summary>What a <see cref="CompletionCandidate"/> completes.</summary>
public enum CompletionCandidateKind
{
    /// <summary>An instruction keyword (or HEALTHCHECK's CMD/NONE).</summary>
    Keyword,

    /// <summary>A flag name.</summary>
    Flag,

    /// <summary>A flag value or a mount option.</summary>
    Value,

    /// <summary>An ARG/ENV variable in scope.</summary>
    Variable,

    /// <summary>A build stage name.</summary>
    Stage,

    /// <summary>A parser directive.</summary>
    Directive,

    /// <summary>An image the local engine has (<c>repository:tag</c>).</summary>
    Image,
}

/// <summary>One completion proposal.</summary>
/// <param name="Label">What the list shows.</param>
/// <param name="Kind">What it completes.</param>
/// <param name="InsertText">The text replacing <paramref name="ReplaceRange"/>; a snippet (<c>${1:x}</c> tab stops) when <paramref name="IsSnippet"/>.</param>
/// <param name="IsSnippet">True when <paramref name="InsertText"/> has tab stops.</param>
/// <param name="ReplaceRange">The typed text the proposal replaces (up to the cursor).</param>
/// <param name="Detail">A short description (a variable's value, a keyword's syntax); null when none.</param>
/// <param name="DocumentationKey">Key for <see cref="InstructionDocs.Lookup"/>, fetched on resolve; null when none.</param>
/// <param name="IsDeprecated">True for MAINTAINER.</param>
public sealed record CompletionCandidate(
    string Label,
    CompletionCandidateKind Kind,
    string InsertText,
    bool IsSnippet,
    TextRange ReplaceRange,
    string? Detail,
    string? DocumentationKey,
    bool IsDeprecated);
