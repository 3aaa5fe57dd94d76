/*
 * Test-only stand-in for Windows' bcryptprimitives.dll, for Wine 8 (Debian 12), which
 * lacks it. Rust's standard library imports ProcessPrng from it (random keys for
 * HashMap), so without it no Rust .exe starts there. scripts/check-windows.sh builds
 * this with mingw-w64 into its throwaway Wine prefix; it is never shipped, and real
 * Windows (10 and later) has the real DLL.
 *
 *   x86_64-w64-mingw32-gcc -O2 -shared -o bcryptprimitives.dll bcryptprimitives.c -ladvapi32
 */
#include <windows.h>

/* RtlGenRandom: advapi32's cryptographic random bytes, present in every Wine. */
BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

/* Same contract as the real one: fills the buffer; documented to always succeed. */
__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length)
{
    while (length > 0) {
        ULONG chunk = length > 0x40000000 ? 0x40000000 : (ULONG)length;
        if (!SystemFunction036(data, chunk))
            return FALSE;
        data += chunk;
        length -= chunk;
    }
    return TRUE;
}
