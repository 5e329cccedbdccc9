#pragma once

#include "../Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace warden {

/// The only way Warden touches a secret at rest: the OS keychain through QtKeychain, with the
/// insecure fallback disabled. Calls block on a local event loop (keychain answers are quick
/// and every caller needs the value before going on). Never logs a value, only the job's error.
class Keychain
{
    Q_DECLARE_TR_FUNCTIONS(Keychain)

public:
    explicit Keychain(QString service = QStringLiteral("warden"));

    [[nodiscard]] Result<QByteArray> read(const QString& key) const;
    [[nodiscard]] Status write(const QString& key, const QByteArray& secret) const;
    [[nodiscard]] Status remove(const QString& key) const;
    /// True when `key` exists; a missing keychain is a refusal, not "false".
    [[nodiscard]] Result<bool> contains(const QString& key) const;

    /// Whether the keychain is running and open (a probe write), without logging: checked before
    /// anything is created, so that a refused start leaves nothing behind.
    [[nodiscard]] Status checkAvailable() const;

    static QString noKeychainMessage();

private:
    /// Proves the keychain is open by writing and deleting a probe entry: a locked keychain
    /// reports missing entries as "not found", which must not be taken at its word.
    [[nodiscard]] Status ensureOpen(bool logFailure = true) const;

    QString m_service;
};

} // namespace warden
