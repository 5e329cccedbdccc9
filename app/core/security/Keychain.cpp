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

Refusal keychainRefusal(int error, const QString& errorText, const char* what)
{
    logger("core")->error("keychain: {} failed (error {}): {}", what, error, errorText.toStdString());
    if (error == QKeychain::NoBackendAvailable) {
        return Refusal {Refusal::Kind::Keychain, Keychain::noKeychainMessage()};
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
    if (error != QKeychain::NoError && error != kNotFound) {
        return keychainRefusal(error, errorText, "delete");
    }
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
