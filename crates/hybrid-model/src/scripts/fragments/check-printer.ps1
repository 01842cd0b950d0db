$checks = [System.Collections.Generic.List[object]]::new()
$facts = [ordered]@{}
function Add-Check([string] $Id, [string] $Status, [string] $Found, [string] $Todo) {
    $checks.Add([pscustomobject][ordered]@{ id = $Id; status = $Status; found = $Found; todo = $Todo })
    Write-Host ('{0,-4}  {1,-18} {2}' -f $Status, $Id, $Found)
    if ($Status -ne 'PASS' -and $Todo) {
        Write-Host ('      -> {0}' -f $Todo)
    }
}
