using System.Runtime.InteropServices;

namespace Containers.Engine.Streams;

/// <summary>Creates hard links, which .NET has no API for: link(2) on Unix, CreateHardLinkW on Windows.</summary>
internal static class HardLink
{
    /// <summary>Makes <paramref name="link"/> a new name of the existing file <paramref name="existing"/>; false if the file system refuses.</summary>
    public static bool TryCreate(string existing, string link) =>
        OperatingSystem.IsWindows() ? CreateHardLinkW(link, existing, IntPtr.Zero) : Link(existing, link) == 0;

#pragma warning disable SYSLIB1054 // LibraryImport would need unsafe code in the engine; DllImport marshals these strings under NativeAOT too.
    [DllImport("libc", EntryPoint = "link", SetLastError = true)]
    private static extern int Link([MarshalAs(UnmanagedType.LPUTF8Str)] string existing, [MarshalAs(UnmanagedType.LPUTF8Str)] string link);

    [DllImport("kernel32", CharSet = CharSet.Unicode, SetLastError = true)]
    [return: MarshalAs(UnmanagedType.Bool)]
    private static extern bool CreateHardLinkW(string link, string existing, IntPtr securityAttributes);
#pragma warning restore SYSLIB1054
}
