#include "Sodium.h"

#include <sodium.h>

namespace warden {

bool Sodium::ensureInitialized()
{
    static const bool initialized = sodium_init() >= 0;
    return initialized;
}

QByteArray Sodium::randomBytes(int count)
{
    ensureInitialized();
    QByteArray bytes(count, Qt::Uninitialized);
    randombytes_buf(bytes.data(), static_cast<std::size_t>(bytes.size()));
    return bytes;
}

void Sodium::wipe(QByteArray& secret)
{
    if (!secret.isEmpty() && !secret.isDetached()) {
        // Shared data is another owner's copy; only drop our reference.
        secret.clear();
        return;
    }
    if (!secret.isEmpty()) {
        sodium_memzero(secret.data(), static_cast<std::size_t>(secret.size()));
    }
    secret.clear();
}

bool Sodium::equalConstantTime(const QByteArray& a, const QByteArray& b)
{
    if (a.size() != b.size()) {
        return false;
    }
    return sodium_memcmp(a.constData(), b.constData(), static_cast<std::size_t>(a.size())) == 0;
}

} // namespace warden
