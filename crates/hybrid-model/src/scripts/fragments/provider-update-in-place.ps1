} elseif ($existing.Count -gt 0) {
    $existing = $existing[0]
    if ($PSCmdlet.ShouldProcess("Hosting provider $($existing.Identity)", 'Update in place')) {
