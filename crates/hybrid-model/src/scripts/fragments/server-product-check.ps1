# Get-CsServerVersion returns the version and licence as text (Get-CsServerVersion.md); that the
# text names the product is INFERRED from its output. Subscription Edition and 2019 share the
# 7.0.2046.x builds, so the build alone cannot tell them apart.
$product = "$(Get-CsServerVersion)"
$facts.server_product = $product
if ($product -match 'Subscription Edition') {
    Add-Check -Id 'server-product' -Status 'PASS' -Found "$product Build $build." -Todo ''
} elseif ($product -match 'Server 2019|Server 2015|Lync Server 2013') {
    Add-Check -Id 'server-product' -Status 'WARN' -Found "$product Build $build." -Todo (
        'Skype for Business Server 2015 and 2019 left extended support on 14 October 2025 (as press reports ' +
        'of Microsoft lifecycle announcement, July 2025, say); Lync Server 2013 left it earlier. Plan ' +
        'Subscription Edition or the move of every user to Teams.')
} else {
    Add-Check -Id 'server-product' -Status 'WARN' -Found "$product Build $build." -Todo (
        'The product name could not be read here: check it in Programs and Features.')
}
