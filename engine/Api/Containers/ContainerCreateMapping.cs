using System.Globalization;
using Containers.Engine.Api.Wire;
using Containers.Engine.Specs;

namespace Containers.Engine.Api;

/// <summary>Options in the CLI's terms → the engine's create body (Config + HostConfig), as `docker run` builds it.</summary>
internal static class ContainerCreateMapping
{
    public static ContainerCreateWire ToWire(CreateContainerOptions o)
    {
        var wire = new ContainerCreateWire
        {
            Image = o.Image,
            Hostname = o.Hostname,
            User = o.User,
            WorkingDir = o.WorkingDirectory,
            Env = o.Environment?.Select(kv => $"{kv.Key}={kv.Value}").ToList(),
            Cmd = o.Command?.ToList(),
            Entrypoint = o.Entrypoint?.ToList(),
            Labels = o.Labels?.ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal),
            Tty = o.Tty,
            OpenStdin = o.Interactive,
            StdinOnce = o.Interactive,
            AttachStdin = o.Interactive,
            AttachStdout = o.AttachOutput,
            AttachStderr = o.AttachOutput,
            Healthcheck = HealthCheck(o.HealthCheck),
            HostConfig = new HostConfigWire
            {
                RestartPolicy = o.RestartPolicy is { } policy ? new RestartPolicyWire { Name = policy.Name, MaximumRetryCount = policy.MaximumRetryCount } : null,
                AutoRemove = o.AutoRemove,
                NetworkMode = o.Network,
                Memory = o.MemoryBytes,
                NanoCpus = o.Cpus is { } cpus ? (long)Math.Round(cpus * 1e9) : null,
                Privileged = o.Privileged,
            },
        };
        if (o.Ports is { Count: > 0 } ports)
        {
            wire.ExposedPorts = [];
            wire.HostConfig.PortBindings = [];
            foreach (PortSpec port in ports)
            {
                wire.ExposedPorts[port.Key] = new EmptyWire();
                if (!wire.HostConfig.PortBindings.TryGetValue(port.Key, out List<PortBindingWire>? bindings))
                {
                    bindings = [];
                    wire.HostConfig.PortBindings[port.Key] = bindings;
                }
                bindings.Add(new PortBindingWire
                {
                    HostIp = port.HostIP ?? "",
                    HostPort = port.HostPort?.ToString(CultureInfo.InvariantCulture) ?? "",
                });
            }
        }
        if (o.Volumes is { Count: > 0 } volumes)
        {
            // Named volumes and bind mounts go to Binds; anonymous ones are declared in Config.Volumes.
            wire.HostConfig.Binds = volumes.Where(v => v.Source is not null).Select(v => v.Bind).ToList();
            List<VolumeSpec> anonymous = volumes.Where(v => v.Source is null).ToList();
            if (anonymous.Count > 0)
            {
                wire.Volumes = anonymous.ToDictionary(v => v.Target, _ => new EmptyWire(), StringComparer.Ordinal);
            }
        }
        if (o.Mounts is { Count: > 0 } mounts)
        {
            wire.HostConfig.Mounts = mounts.Select(m => new MountSpecWire { Type = m.Type, Source = m.Source, Target = m.Target, ReadOnly = m.ReadOnly }).ToList();
        }
        return wire;
    }

    private static HealthConfigWire? HealthCheck(HealthCheckSpec? spec)
    {
        if (spec is null)
        {
            return null;
        }
        return new HealthConfigWire
        {
            Test = spec.Disable ? ["NONE"] : spec.Command is null ? null : ["CMD-SHELL", spec.Command],
            Interval = Nanoseconds(spec.Interval),
            Timeout = Nanoseconds(spec.Timeout),
            Retries = spec.Retries,
            StartPeriod = Nanoseconds(spec.StartPeriod),
        };
    }

    private static long? Nanoseconds(TimeSpan? span) => span is { } s ? s.Ticks * 100 : null;
}
