using System.Management.Automation;

namespace Containers;

/// <summary>
/// Whether a cmdlet runs under -WhatIf (or $WhatIfPreference): the Clear- cmdlets then list each object through
/// ShouldProcess and write no summary, since nothing was removed.
/// </summary>
internal static class WhatIfMode
{
    public static bool IsOn(PSCmdlet cmdlet) =>
        cmdlet.MyInvocation.BoundParameters.TryGetValue("WhatIf", out object? value)
            ? value is SwitchParameter { IsPresent: true }
            : LanguagePrimitives.IsTrue(cmdlet.GetVariableValue("WhatIfPreference"));
}
