namespace Containers.Engine.Dockerfile.Analysis.Rules;

/// <summary>
/// The simple commands of a POSIX shell command line, enough for the best-practice rules (<c>cd</c>, pipes,
/// <c>apt-get</c>): words split at blanks, commands split at <c>;</c> <c>&amp;&amp;</c> <c>||</c> <c>|</c> <c>&amp;</c>
/// and newlines, quotes and backslashes respected (quotes stay in the words). Not a shell parser: subshells,
/// functions and redirections are just words.
/// </summary>
internal sealed class ShellCommands
{
    private ShellCommands(List<string[]> commands, bool hasPipe)
    {
        Commands = commands;
        HasPipe = hasPipe;
    }

    /// <summary>Each simple command's words, in order.</summary>
    public IReadOnlyList<string[]> Commands { get; }

    /// <summary>True when a <c>|</c> (not <c>||</c>) joins two commands outside quotes.</summary>
    public bool HasPipe { get; }

    public static ShellCommands Parse(string text)
    {
        var commands = new List<string[]>();
        var words = new List<string>();
        var word = new System.Text.StringBuilder();
        var hasPipe = false;
        var quote = '\0';

        void EndWord()
        {
            if (word.Length > 0)
            {
                words.Add(word.ToString());
                word.Clear();
            }
        }

        void EndCommand()
        {
            EndWord();
            if (words.Count > 0)
            {
                commands.Add([.. words]);
                words.Clear();
            }
        }

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quote != '\0')
            {
                word.Append(c);
                if (c == quote)
                {
                    quote = '\0';
                }
                else if (c == '\\' && quote == '"' && i + 1 < text.Length)
                {
                    word.Append(text[++i]);
                }

                continue;
            }

            switch (c)
            {
                case '\'' or '"':
                    quote = c;
                    word.Append(c);
                    break;
                case '\\' when i + 1 < text.Length:
                    word.Append(c).Append(text[++i]);
                    break;
                case ' ' or '\t':
                    EndWord();
                    break;
                case ';' or '\n' or '\r' or '&' or '(' or ')':
                    EndCommand();
                    break;
                case '|':
                    if (i + 1 < text.Length && text[i + 1] == '|')
                    {
                        i++;
                    }
                    else if (words.Count > 0 || word.Length > 0)
                    {
                        hasPipe = true;
                    }

                    EndCommand();
                    break;
                default:
                    word.Append(c);
                    break;
            }
        }

        EndCommand();
        return new ShellCommands(commands, hasPipe);
    }
}
