# {ChinaEnvironment}
if ($PSCmdlet.ShouldProcess('This machine', 'Configure the Teams environment for Move-CsUser')) {
