namespace Containers.Engine.Dockerfile.Editor;

/// <summary>
/// Token classes, in the order of the legend a server advertises (dockerfile-language-server's legend, which this
/// keeps so themes treat both servers alike; its extra index 10 was a bug and is not used).
/// </summary>
public enum SemanticTokenType
{
    /// <summary>Instruction keywords, <c>AS</c>, HEALTHCHECK's <c>CMD</c>/<c>NONE</c>.</summary>
    Keyword,

    /// <summary>Comments.</summary>
    Comment,

    /// <summary>Flag names (<c>--from</c>).</summary>
    Parameter,

    /// <summary>Flag values.</summary>
    Property,

    /// <summary>Build stage names, where declared and where referenced.</summary>
    Namespace,

    /// <summary>Base image names.</summary>
    Class,

    /// <summary>Parser directive names.</summary>
    Macro,

    /// <summary>Quoted strings and parser directive values.</summary>
    String,

    /// <summary>ARG/ENV names, where declared and where referenced.</summary>
    Variable,

    /// <summary>Here-document markers (<c>&lt;&lt;EOF</c>).</summary>
    Operator,
}

/// <summary>Token modifiers, as bit flags in legend order.</summary>
[Flags]
public enum SemanticTokenModifiers
{
    /// <summary>None.</summary>
    None = 0,

    /// <summary>Where a variable or stage is declared.</summary>
    Declaration = 1,

    /// <summary>Where a variable or stage is defined (with a value or a base).</summary>
    Definition = 2,

    /// <summary>MAINTAINER.</summary>
    Deprecated = 4,
}

/// <summary>One classified token on one line (tokens never span lines and never overlap).</summary>
/// <param name="Line">0-based line.</param>
/// <param name="Character">0-based UTF-16 column of its start.</param>
/// <param name="Length">Length in UTF-16 code units (at least 1).</param>
/// <param name="Type">Its class.</param>
/// <param name="Modifiers">Its modifiers.</param>
public readonly record struct SemanticToken(int Line, int Character, int Length, SemanticTokenType Type, SemanticTokenModifiers Modifiers);
