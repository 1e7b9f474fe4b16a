export async function gridKeystrokes() {}
