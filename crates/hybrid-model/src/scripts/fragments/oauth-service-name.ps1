    }
}
if ($PSCmdlet.ShouldProcess('OAuth configuration', 'Set the Skype for Business Online service name')) {
