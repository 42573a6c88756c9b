using System.Management.Automation;
using Containers.Engine.Connection;
using Containers.Infrastructure;

namespace Containers;

/// <summary>
/// <para type="synopsis">Creates a docker CLI context, like docker context create.</para>
/// <para type="description">Writes the context in the docker CLI's own layout (contexts/meta/&lt;sha256 of the name&gt;/meta.json, TLS
/// files copied to contexts/tls), so docker --context NAME and every cmdlet's -Context NAME can use it. TLS: -CaFile is the CA the
/// engine's certificate must chain to, -CertFile and -KeyFile the client certificate; -SkipTlsVerify accepts any engine
/// certificate. Nothing is connected to: the engine need not be up.</para>
/// </summary>
/// <example>
///   <code>New-ContainerContext remote -DockerHost tcp://build01:2376 -CaFile ~/certs/ca.pem -CertFile ~/certs/cert.pem -KeyFile ~/certs/key.pem</code>
///   <para>Creates a context for an engine that requires TLS with a client certificate.</para>
/// </example>
/// <example>
///   <code>New-ContainerContext local2 -DockerHost unix:///run/user/1000/docker.sock -Description 'rootless engine'</code>
///   <para>Creates a context for a rootless engine's socket.</para>
/// </example>
[Cmdlet(VerbsCommon.New, "ContainerContext", SupportsShouldProcess = true)]
[OutputType(typeof(ContainerContextInfo))]
public sealed class NewContainerContextCommand : PSCmdlet
{
    /// <summary>
    /// <para type="description">The context's name: a letter or digit, then letters, digits, '_', '.', '+' or '-' (the docker CLI's rule).</para>
    /// </summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    public string Name { get; set; } = "";

    /// <summary>
    /// <para type="description">The engine endpoint: unix:///path, tcp://host:port, npipe:////./pipe/name or ssh://user@host.</para>
    /// </summary>
    [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    public string DockerHost { get; set; } = "";

    /// <summary>
    /// <para type="description">A description shown by Get-ContainerContext and docker context ls.</para>
    /// </summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    public string? Description { get; set; }

    /// <summary>
    /// <para type="description">PEM file of the CA the engine's certificate must chain to (copied into the context as ca.pem).</para>
    /// </summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? CaFile { get; set; }

    /// <summary>
    /// <para type="description">PEM file of the client certificate (copied as cert.pem); needs -KeyFile.</para>
    /// </summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? CertFile { get; set; }

    /// <summary>
    /// <para type="description">PEM file of the client certificate's private key (copied as key.pem); needs -CertFile.</para>
    /// </summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? KeyFile { get; set; }

    /// <summary>
    /// <para type="description">Accepts any certificate from the engine. Only for engines you reach over a network you trust.</para>
    /// </summary>
    [Parameter]
    public SwitchParameter SkipTlsVerify { get; set; }

    /// <inheritdoc />
    protected override void ProcessRecord()
    {
        ContextStore store = ContextStore.FromEnvironment();
        if ((CertFile is null) != (KeyFile is null))
        {
            WriteError(new ErrorRecord(new ArgumentException("A client certificate needs both -CertFile and -KeyFile."), ErrorIds.InvalidArgument, ErrorCategory.InvalidArgument, Name));
            return;
        }
        TlsMaterial? tls = CaFile is null && CertFile is null ? null : new TlsMaterial
        {
            CaFile = Resolve(CaFile),
            CertFile = Resolve(CertFile),
            KeyFile = Resolve(KeyFile),
            SkipVerify = SkipTlsVerify,
        };
        var context = new DockerContext { Name = Name, Host = DockerHost, Description = Description ?? "", SkipTlsVerify = SkipTlsVerify };
        if (!ShouldProcess($"context '{Name}' ({DockerHost}) in {Path.Combine(store.ConfigDirectory, "contexts")}", "Create"))
        {
            return;
        }
        try
        {
            store.Create(context, tls);
        }
        catch (ArgumentException e) when (store.Find(Name) is not null && ContextStore.ValidateName(Name) is null)
        {
            WriteError(new ErrorRecord(e, ErrorIds.ContextExists, ErrorCategory.ResourceExists, Name));
            return;
        }
        catch (ArgumentException e)
        {
            WriteError(new ErrorRecord(e, ErrorIds.InvalidArgument, ErrorCategory.InvalidArgument, Name));
            return;
        }
        catch (FileNotFoundException e)
        {
            WriteError(new ErrorRecord(e, ErrorIds.PathNotFound, ErrorCategory.ObjectNotFound, e.FileName));
            return;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            WriteError(new ErrorRecord(e, ErrorIds.InvalidArgument, ErrorCategory.WriteError, Name));
            return;
        }
        WriteObject(ContextListing.From(store, context, EndpointResolver.CurrentContextName()));
    }

    // Relative to PowerShell's current location, not the process's working directory.
    private string? Resolve(string? path) => path is null ? null : GetUnresolvedProviderPathFromPSPath(path);
}
