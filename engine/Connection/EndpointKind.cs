namespace Containers.Engine.Connection;

/// <summary>How the engine is reached.</summary>
public enum EndpointKind
{
    /// <summary><c>unix:///path/to/docker.sock</c></summary>
    Unix,
    /// <summary><c>tcp://host:port</c>, <c>http://</c> or <c>https://</c></summary>
    Tcp,
    /// <summary><c>npipe:////./pipe/name</c> (Windows)</summary>
    NamedPipe,
    /// <summary><c>ssh://user@host:port</c></summary>
    Ssh,
}
