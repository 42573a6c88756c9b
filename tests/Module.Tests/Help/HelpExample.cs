using System.Xml.Linq;
using Containers.Tests;

namespace Containers.Module.Tests.Help;

/// <summary>
/// One example of the generated MAML help (out/Containers/&lt;version&gt;/en-US/Containers.dll-Help.xml), as
/// Get-Help shows it. Read from the file, so a test case exists per example before any runspace is opened.
/// </summary>
public sealed record HelpExample(string Command, int Number, string Code)
{
    private static readonly XNamespace s_command = "http://schemas.microsoft.com/maml/dev/command/2004/10";
    private static readonly XNamespace s_dev = "http://schemas.microsoft.com/maml/dev/2004/10";

    public static string HelpFile => Path.Combine(Path.GetDirectoryName(RepoPaths.ModuleManifest)!, "en-US", "Containers.dll-Help.xml");

    public static IReadOnlyList<HelpExample> All { get; } = Load();

    /// <summary>xunit member data: (command, example number).</summary>
    public static TheoryData<string, int> Cases()
    {
        var data = new TheoryData<string, int>();
        foreach (HelpExample example in All)
        {
            data.Add(example.Command, example.Number);
        }
        return data;
    }

    public static HelpExample Find(string command, int number) => All.Single(e => e.Command == command && e.Number == number);

    public override string ToString() => $"{Command} example {Number}: {Code}";

    private static List<HelpExample> Load()
    {
        XDocument maml = XDocument.Load(HelpFile);
        var examples = new List<HelpExample>();
        foreach (XElement command in maml.Root!.Elements(s_command + "command"))
        {
            string name = command.Element(s_command + "details")!.Element(s_command + "name")!.Value;
            int number = 0;
            foreach (XElement example in command.Element(s_command + "examples")?.Elements(s_command + "example") ?? [])
            {
                examples.Add(new HelpExample(name, ++number, example.Element(s_dev + "code")!.Value));
            }
        }
        return examples;
    }
}
