using System.Management.Automation;
using Containers.Engine.Specs;

namespace Containers.Infrastructure;

/// <summary>
/// Checks docker-syntax parameter values (-Publish, -Volume, -Mount, -RestartPolicy) with the engine's own
/// parsers while PowerShell binds them, so a bad value is a parameter error before anything reaches the engine.
/// </summary>
public sealed class ValidateSpecAttribute : ValidateArgumentsAttribute
{
    private readonly SpecKind _kind;

    /// <summary>Validates values of the given kind.</summary>
    public ValidateSpecAttribute(SpecKind kind) => _kind = kind;

    /// <inheritdoc />
    protected override void Validate(object arguments, EngineIntrinsics engineIntrinsics)
    {
        foreach (object? item in LanguagePrimitives.GetEnumerable(arguments) ?? new[] { arguments })
        {
            string text = item is PSObject wrapped ? wrapped.BaseObject?.ToString() ?? "" : item?.ToString() ?? "";
            try
            {
                _ = _kind switch
                {
                    SpecKind.Port => (object)PortSpec.Parse(text),
                    SpecKind.Volume => VolumeSpec.Parse(text),
                    SpecKind.Mount => MountSpec.Parse(text),
                    SpecKind.RestartPolicy => RestartPolicy.Parse(text),
                    _ => throw new ArgumentOutOfRangeException(nameof(arguments)),
                };
            }
            catch (FormatException e)
            {
                throw new ValidationMetadataException(e.Message, e);
            }
        }
    }
}

/// <summary>The docker syntaxes <see cref="ValidateSpecAttribute"/> knows.</summary>
public enum SpecKind
{
    /// <summary>-p: [ip:][hostPort:]containerPort[/protocol]</summary>
    Port,
    /// <summary>-v: name:/path[:ro]</summary>
    Volume,
    /// <summary>--mount: type=…,source=…,target=…</summary>
    Mount,
    /// <summary>--restart: no, always, unless-stopped, on-failure[:n]</summary>
    RestartPolicy,
}

/// <summary>
/// Lets memory sizes be given the PowerShell way (512MB, a number of bytes) or the docker way ("512m", "1.5g").
/// </summary>
public sealed class ByteSizeTransformationAttribute : ArgumentTransformationAttribute
{
    /// <inheritdoc />
    public override object Transform(EngineIntrinsics engineIntrinsics, object inputData)
    {
        object value = inputData is PSObject wrapped ? wrapped.BaseObject : inputData;
        switch (value)
        {
            case string text:
                try
                {
                    return ByteSize.Parse(text);
                }
                catch (FormatException e)
                {
                    throw new ArgumentTransformationMetadataException(e.Message, e);
                }
            case int or long or short or byte or uint or ulong or double or float or decimal:
                return Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture);
            default:
                throw new ArgumentTransformationMetadataException($"'{value}' is not a size; give bytes (512MB) or docker units ('512m').");
        }
    }
}
