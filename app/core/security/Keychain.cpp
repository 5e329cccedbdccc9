#include "Keychain.h"

#include "../Logging.h"

#include <QEventLoop>
#include <QStringList>
#include <algorithm>
#include <qt6keychain/keychain.h>

namespace warden {

namespace {

constexpr int kNotFound = -1;

template<typename Job> int runJob(Job& job, QString* errorText)
{
    job.setAutoDelete(false);
    job.setInsecureFallback(false);
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
    if (job.error() == QKeychain::EntryNotFound) {
        return kNotFound;
    }
    *errorText = job.errorString();
    return job.error();
}

Refusal keychainRefusal(int error, const QString& errorText, const char* what, bool logFailure = true)
{
    if (logFailure) {
        logger("core")->error("keychain: {} failed (error {}): {}", what, error, errorText.toStdString());
    }
    if (error == QKeychain::NoBackendAvailable) {
        return Refusal {Refusal::Kind::Keychain, Keychain::noKeychainMessage()};
    }
    if (errorText.contains(QLatin1String("locked"), Qt::CaseInsensitive)) {
        return Refusal {Refusal::Kind::Keychain,
                        QCoreApplication::translate("Keychain",
                                                    "The OS keychain is locked. Unlock it (your desktop keyring's "
                                                    "password) and try again; nothing was changed.")};
    }
    if (error == QKeychain::AccessDenied || error == QKeychain::AccessDeniedByUser) {
        return Refusal {Refusal::Kind::Keychain,
                        QCoreApplication::translate("Keychain", "The OS keychain refused access (is it locked?): %1")
                            .arg(errorText)};
    }
    // libsecret reports a missing Secret Service as a generic error; say what it means.
    static const QStringList kNoServiceHints = {QStringLiteral("org.freedesktop.secrets"),
                                                QStringLiteral("DBus"),
                                                QStringLiteral("D-Bus"),
                                                QStringLiteral("Could not connect"),
                                                QStringLiteral("ServiceUnknown"),
                                                QStringLiteral("not provided by any"),
                                                QStringLiteral("autolaunch")};
    const bool noService =
        std::any_of(kNoServiceHints.begin(), kNoServiceHints.end(),
                    [&errorText](const QString& hint) { return errorText.contains(hint, Qt::CaseInsensitive); });
    if (noService) {
        return Refusal {Refusal::Kind::Keychain, Keychain::noKeychainMessage()};
    }
    return Refusal {Refusal::Kind::Keychain,
                    QCoreApplication::translate("Keychain", "The OS keychain reported an error: %1").arg(errorText)};
}

} // namespace

Keychain::Keychain(QString service)
    : m_service(std::move(service))
{ }

QString Keychain::noKeychainMessage()
{
    return tr("No OS keychain is running; Warden stores secrets only there. Start your desktop's keyring "
              "(for example gnome-keyring) and try again.");
}

Result<QByteArray> Keychain::read(const QString& key) const
{
    QKeychain::ReadPasswordJob job(m_service);
    job.setKey(key);
    QString errorText;
    const int error = runJob(job, &errorText);
    if (error == kNotFound) {
        // A locked keychain answers "not found" too; only an open one may say so.
        if (auto usable = ensureOpen(); !usable) {
            return usable.refusal();
        }
        return Refusal {Refusal::Kind::NotFound, tr("The keychain holds no entry %1.").arg(key)};
    }
    if (error != QKeychain::NoError) {
        return keychainRefusal(error, errorText, "read");
    }
    return job.binaryData();
}

Status Keychain::write(const QString& key, const QByteArray& secret) const
{
    QKeychain::WritePasswordJob job(m_service);
    job.setKey(key);
    job.setBinaryData(secret);
    QString errorText;
    const int error = runJob(job, &errorText);
    if (error != QKeychain::NoError) {
        return keychainRefusal(error, errorText, "write");
    }
    return {};
}

Status Keychain::remove(const QString& key) const
{
    QKeychain::DeletePasswordJob job(m_service);
    job.setKey(key);
    QString errorText;
    const int error = runJob(job, &errorText);
    if (error == kNotFound) {
        return ensureOpen(); // "nothing to delete" must not hide a locked keychain that keeps it
    }
    if (error != QKeychain::NoError) {
        return keychainRefusal(error, errorText, "delete");
    }
    return {};
}

Status Keychain::checkAvailable() const
{
    return ensureOpen(false);
}

Status Keychain::ensureOpen(bool logFailure) const
{
    const QString probe = QStringLiteral("warden/keychain-probe");
    QKeychain::WritePasswordJob job(m_service);
    job.setKey(probe);
    job.setBinaryData(QByteArrayLiteral("probe"));
    QString errorText;
    const int error = runJob(job, &errorText);
    if (error != QKeychain::NoError) {
        return keychainRefusal(error, errorText, "probe", logFailure);
    }
    QKeychain::DeletePasswordJob cleanup(m_service);
    cleanup.setKey(probe);
    (void)runJob(cleanup, &errorText);
    return {};
}

Result<bool> Keychain::contains(const QString& key) const
{
    auto value = read(key);
    if (value) {
        return true;
    }
    if (value.refusal().kind == Refusal::Kind::NotFound) {
        return false;
    }
    return value.refusal();
}

} // namespace warden
