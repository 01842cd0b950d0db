if (-not $provider) {
    throw '{NoProvider}'
}
