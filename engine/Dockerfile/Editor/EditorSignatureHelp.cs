namespace Containers.Engine.Dockerfile.Editor;

/// <summary>A parameter of an <see cref="EditorSignature"/>.</summary>
/// <param name="Label">Its text, a substring of the signature's label.</param>
/// <param name="Documentation">What it means, in markdown; null when the label says it all.</param>
public sealed record EditorParameter(string Label, string? Documentation);

/// <summary>One form of an instruction.</summary>
/// <param name="Label">The whole form, e.g. <c>FROM [--platform=&lt;platform&gt;] &lt;image&gt; AS &lt;name&gt;</c>.</param>
/// <param name="Documentation">What the instruction does, in markdown.</param>
/// <param name="Parameters">Its flags, then its positional parameters, in label order.</param>
public sealed record EditorSignature(string Label, string? Documentation, IReadOnlyList<EditorParameter> Parameters);

/// <summary>The forms of the instruction at a position and the one parameter being written.</summary>
/// <param name="Signatures">The instruction's forms (one, or two for exec/shell and HEALTHCHECK CMD/NONE).</param>
/// <param name="ActiveSignature">Index into <paramref name="Signatures"/> of the form being written.</param>
/// <param name="ActiveParameter">Index into that form's parameters; null when none (an unknown flag).</param>
public sealed record EditorSignatureHelp(IReadOnlyList<EditorSignature> Signatures, int ActiveSignature, int? ActiveParameter);
