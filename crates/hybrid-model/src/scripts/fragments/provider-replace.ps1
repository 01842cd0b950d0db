} else {
    if ($existing.Count -gt 0 -and
        $PSCmdlet.ShouldProcess('Existing hosting provider for the same ProxyFqdn', 'Remove')) {
