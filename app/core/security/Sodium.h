#pragma once

#include <QByteArray>

namespace warden {

/// Thin helpers over libsodium: initialisation, random bytes, wiping and constant-time compare.
class Sodium
{
public:
    /// Calls sodium_init() once; false if libsodium cannot be used (then nothing secret works).
    static bool ensureInitialized();
    static QByteArray randomBytes(int count);
    static void wipe(QByteArray& secret);
    static bool equalConstantTime(const QByteArray& a, const QByteArray& b);
};

/// A QByteArray that is wiped when it goes out of scope; holds keys and secrets in memory.
class SecretBytes
{
public:
    SecretBytes() = default;
    explicit SecretBytes(QByteArray bytes)
        : m_bytes(std::move(bytes))
    { }
    ~SecretBytes() { Sodium::wipe(m_bytes); }
    SecretBytes(const SecretBytes&) = delete;
    SecretBytes& operator=(const SecretBytes&) = delete;
    SecretBytes(SecretBytes&& other) noexcept
        : m_bytes(std::move(other.m_bytes))
    { }
    SecretBytes& operator=(SecretBytes&& other) noexcept
    {
        Sodium::wipe(m_bytes);
        m_bytes = std::move(other.m_bytes);
        return *this;
    }

    [[nodiscard]] const QByteArray& bytes() const { return m_bytes; }
    [[nodiscard]] bool isEmpty() const { return m_bytes.isEmpty(); }

private:
    QByteArray m_bytes;
};

} // namespace warden
