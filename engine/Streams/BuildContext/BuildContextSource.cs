using System.Security.Cryptography;

namespace Containers.Engine.Streams.BuildContext;

/// <summary>
/// A local build context resolved the way the docker CLI resolves <c>docker build -f FILE PATH</c>: the context
/// directory, its .dockerignore patterns (with the Dockerfile and .dockerignore always kept), and the Dockerfile,
/// either a path inside the context or, when it lies outside (also through a symbolic link), its content, which
/// travels under a random <c>.dockerfile.*</c> name that .dockerignore hides from COPY.
/// </summary>
internal sealed class BuildContextSource
{
    private const string DefaultDockerfile = "Dockerfile";

    private BuildContextSource(string directory, IgnoreMatcher matcher, string dockerfileName, byte[]? outsideDockerfile)
    {
        Directory = directory;
        Matcher = matcher;
        DockerfileName = dockerfileName;
        OutsideDockerfile = outsideDockerfile;
    }

    /// <summary>The absolute context directory.</summary>
    public string Directory { get; }

    /// <summary>The .dockerignore rules, including the exceptions that keep the build files.</summary>
    public IgnoreMatcher Matcher { get; }

    /// <summary>The Dockerfile's slash path inside the tar (the <c>dockerfile</c> query parameter).</summary>
    public string DockerfileName { get; }

    /// <summary>The Dockerfile's bytes when it lies outside the context; null when it is inside.</summary>
    public byte[]? OutsideDockerfile { get; }

    /// <summary>
    /// Resolves <paramref name="contextDirectory"/> and <paramref name="dockerfile"/> (null: <c>Dockerfile</c>, or
    /// <c>dockerfile</c> when only that exists, in the context; a relative path is taken from the current
    /// directory, as the CLI's <c>-f</c>).
    /// </summary>
    /// <exception cref="DirectoryNotFoundException">The context directory does not exist.</exception>
    /// <exception cref="FileNotFoundException">The Dockerfile does not exist.</exception>
    /// <exception cref="ArgumentException">.dockerignore has a malformed pattern.</exception>
    public static BuildContextSource Prepare(string contextDirectory, string? dockerfile)
    {
        ArgumentException.ThrowIfNullOrEmpty(contextDirectory);
        string directory = Path.GetFullPath(contextDirectory);
        if (!System.IO.Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException($"The build context '{directory}' is not a directory.");
        }
        // The CLI compares real paths: a context reached through a link still contains its own files.
        string realDirectory = RealPath(directory);
        string dockerfilePath;
        if (string.IsNullOrEmpty(dockerfile))
        {
            dockerfilePath = Path.Combine(realDirectory, DefaultDockerfile);
            string lower = Path.Combine(realDirectory, DefaultDockerfile.ToLowerInvariant());
            if (!Exists(dockerfilePath) && Exists(lower))
            {
                dockerfilePath = lower;
            }
        }
        else
        {
            dockerfilePath = Path.GetFullPath(dockerfile);
        }
        if (!Exists(dockerfilePath))
        {
            throw new FileNotFoundException($"Cannot locate specified Dockerfile: {dockerfilePath}", dockerfilePath);
        }
        string realDockerfile = RealPath(dockerfilePath);
        string relative = Path.GetRelativePath(realDirectory, realDockerfile).Replace('\\', '/');
        bool outside = relative == ".." || relative.StartsWith("../", StringComparison.Ordinal) || Path.IsPathRooted(relative);

        List<string> patterns;
        IgnoreMatcher matcher;
        try
        {
            patterns = DockerIgnoreFile.KeepBuildFiles(DockerIgnoreFile.Read(realDirectory), outside ? null : relative);
            matcher = IgnoreMatcher.Create(patterns);
        }
        catch (FormatException e)
        {
            throw new ArgumentException($"{Path.Combine(directory, DockerIgnoreFile.FileName)}: {e.Message}", e);
        }
        return outside
            ? new BuildContextSource(realDirectory, matcher, RandomDockerfileName(), File.ReadAllBytes(realDockerfile))
            : new BuildContextSource(realDirectory, matcher, relative, null);
    }

    private static bool Exists(string path) => File.Exists(path) || System.IO.Directory.Exists(path) || new FileInfo(path).LinkTarget is not null;

    // filepath.EvalSymlinks for the path and each of its parents.
    private static string RealPath(string path)
    {
        string? parent = Path.GetDirectoryName(path);
        if (parent is null)
        {
            return path;
        }
        string resolved = Path.Combine(RealPath(parent), Path.GetFileName(path));
        FileSystemInfo? target = new FileInfo(resolved).LinkTarget is not null ? File.ResolveLinkTarget(resolved, returnFinalTarget: true) : null;
        return target is null ? resolved : RealPath(target.FullName);
    }

    // The CLI's name for a Dockerfile from outside: ".dockerfile." and 20 random lowercase hex digits.
    private static string RandomDockerfileName() => ".dockerfile." + Convert.ToHexString(RandomNumberGenerator.GetBytes(10)).ToLowerInvariant();
}
