if ($names -contains $spn) {
    Write-Host "Service principal name already present: $spn"
} elseif ($PSCmdlet.ShouldProcess('Service principal 00000004-0000-0ff1-ce00-000000000000',
    "Add the service principal name $spn")) {
    $names += $spn
    Update-MgServicePrincipal -ServicePrincipalId $skype.Id -ServicePrincipalNames $names
}
