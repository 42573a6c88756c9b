namespace Containers.LanguageServer.Protocol;

/// <summary>LSP <c>SignatureHelp</c>.</summary>
public sealed record SignatureHelp(IReadOnlyList<SignatureInformation> Signatures, int ActiveSignature, int? ActiveParameter);

/// <summary>LSP <c>SignatureInformation</c>.</summary>
public sealed record SignatureInformation(string Label, MarkupContent? Documentation, IReadOnlyList<ParameterInformation> Parameters);

/// <summary>LSP <c>ParameterInformation</c> (string label: a substring of the signature's).</summary>
public sealed record ParameterInformation(string Label, MarkupContent? Documentation);

/// <summary>LSP <c>SignatureHelpOptions</c>.</summary>
public sealed record SignatureHelpOptions(IReadOnlyList<string> TriggerCharacters, IReadOnlyList<string> RetriggerCharacters);
