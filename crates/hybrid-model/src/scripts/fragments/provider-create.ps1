if ($PSCmdlet.ShouldProcess('Hosting provider for Microsoft 365', 'Create')) {
