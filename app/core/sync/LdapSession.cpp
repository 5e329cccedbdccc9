#include "LdapSession.h"

#include "../Logging.h"

#include <QTcpSocket>
#include <QUrl>
#include <ldap.h>
#include <memory>
#include <sys/time.h>

namespace warden {

namespace {

/// How long one wait for the server lasts before a cancel is looked at again.
constexpr int kPollMilliseconds = 200;

struct MessageDeleter
{
    void operator()(LDAPMessage* message) const { ldap_msgfree(message); }
};
using Message = std::unique_ptr<LDAPMessage, MessageDeleter>;

struct ControlDeleter
{
    void operator()(LDAPControl* control) const { ldap_control_free(control); }
};

QString fromLdap(const char* text)
{
    return text == nullptr ? QString() : QString::fromUtf8(text);
}

bool isTlsProblem(const QString& text)
{
    const QString lower = text.toLower();
    return lower.contains(QLatin1String("tls")) || lower.contains(QLatin1String("certificate"))
        || lower.contains(QLatin1String("ssl"));
}

/// Whether something accepts TCP connections where `url` points: when it does but the LDAP
/// connection over TLS failed, the TLS handshake is what failed.
bool answersOnPort(const QString& url)
{
    const QUrl parsed(url);
    const bool secure = parsed.scheme().compare(QLatin1String("ldaps"), Qt::CaseInsensitive) == 0;
    QTcpSocket probe;
    probe.connectToHost(parsed.host(), quint16(parsed.port(secure ? 636 : 389)));
    const bool answered = probe.waitForConnected(3000);
    probe.abort();
    return answered;
}

} // namespace

QString LdapEntry::first(const QString& attribute) const
{
    const auto it = values.constFind(attribute.toLower());
    return it == values.cend() || it->isEmpty() ? QString() : QString::fromUtf8(it->first());
}

LdapSession::~LdapSession()
{
    close();
}

void LdapSession::close()
{
    if (m_ld != nullptr) {
        ldap_unbind_ext_s(m_ld, nullptr, nullptr);
        m_ld = nullptr;
    }
}

QString LdapSession::diagnostic() const
{
    char* message = nullptr;
    if (m_ld == nullptr || ldap_get_option(m_ld, LDAP_OPT_DIAGNOSTIC_MESSAGE, &message) != LDAP_OPT_SUCCESS) {
        return {};
    }
    QString text = fromLdap(message);
    ldap_memfree(message);
    return text;
}

Refusal LdapSession::failure(int code, const QString& doing, const QString& serverMessage) const
{
    const QString host = QUrl(m_settings.url).host();
    QString detail = serverMessage.isEmpty() ? diagnostic() : serverMessage;
    const bool tls = m_settings.startTls || m_settings.url.startsWith(QLatin1String("ldaps:"), Qt::CaseInsensitive);
    QString message;
    switch (code) {
    case LDAP_INVALID_CREDENTIALS:
        message = tr("The directory server refused the bind: the bind DN or its password is wrong.");
        break;
    case LDAP_INAPPROPRIATE_AUTH:
    case LDAP_STRONG_AUTH_REQUIRED:
    case LDAP_CONFIDENTIALITY_REQUIRED:
        message = tr("The directory server refused the bind: it requires another way to sign in (such as TLS).");
        break;
    case LDAP_SERVER_DOWN:
    case LDAP_CONNECT_ERROR:
    case LDAP_TIMEOUT:
        if (tls && (isTlsProblem(detail) || code == LDAP_CONNECT_ERROR || answersOnPort(m_settings.url))) {
            message = tr("TLS failure with %1: the server's certificate is not trusted (check the CA file) or "
                         "TLS could not be negotiated.")
                          .arg(host);
        } else {
            message = tr("The directory server %1 cannot be reached.").arg(host);
        }
        break;
    case LDAP_FILTER_ERROR:
        message = tr("The search filter is not valid LDAP syntax.");
        break;
    case LDAP_SIZELIMIT_EXCEEDED:
    case LDAP_ADMINLIMIT_EXCEEDED:
        message = tr("The directory server stopped the search at its size limit.");
        break;
    case LDAP_TIMELIMIT_EXCEEDED:
        message = tr("The directory server stopped the search at its time limit.");
        break;
    case LDAP_NO_SUCH_OBJECT:
        message = tr("The base DN does not exist on the directory server.");
        break;
    case LDAP_INSUFFICIENT_ACCESS:
        message = tr("The bind identity may not read there.");
        break;
    case LDAP_PROTOCOL_ERROR:
    case LDAP_INAPPROPRIATE_MATCHING:
    case LDAP_UNDEFINED_TYPE:
    case LDAP_UNWILLING_TO_PERFORM:
        message = tr("The directory server rejected the search (check the filter and the attribute names).");
        break;
    case LDAP_PARAM_ERROR:
        message = tr("The server address is not an ldap:// or ldaps:// URL.");
        break;
    default:
        message = tr("The directory server failed.");
        break;
    }
    const QString reason = fromLdap(ldap_err2string(code));
    message += QLatin1Char(' ') + tr("(%1 while %2: %3)").arg(code).arg(doing, reason);
    if (!detail.isEmpty()) {
        message += QLatin1Char(' ') + detail;
    }
    logger("core.sync")->warn("LDAP {} failed: {} ({})", doing.toStdString(), reason.toStdString(), code);
    return Refusal {Refusal::Kind::DirectoryServer, message};
}

Status LdapSession::open(const Settings& settings)
{
    close();
    m_settings = settings;
    const QUrl url(settings.url);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty()
        || (scheme != QLatin1String("ldap") && scheme != QLatin1String("ldaps"))) {
        return Refusal {Refusal::Kind::BadInput,
                        tr("\"%1\" is not an ldap:// or ldaps:// server address.").arg(settings.url)};
    }
    const QByteArray uri = settings.url.toUtf8();
    if (int rc = ldap_initialize(&m_ld, uri.constData()); rc != LDAP_SUCCESS) {
        return failure(rc, tr("connecting"));
    }
    const int version = LDAP_VERSION3;
    ldap_set_option(m_ld, LDAP_OPT_PROTOCOL_VERSION, &version);
    ldap_set_option(m_ld, LDAP_OPT_REFERRALS, LDAP_OPT_OFF);
    timeval timeout {settings.timeoutSeconds, 0};
    ldap_set_option(m_ld, LDAP_OPT_NETWORK_TIMEOUT, &timeout);
    ldap_set_option(m_ld, LDAP_OPT_TIMEOUT, &timeout);
    const int requireCertificate = LDAP_OPT_X_TLS_HARD;
    ldap_set_option(m_ld, LDAP_OPT_X_TLS_REQUIRE_CERT, &requireCertificate);
    if (!settings.caFile.isEmpty()) {
        const QByteArray caFile = settings.caFile.toLocal8Bit();
        ldap_set_option(m_ld, LDAP_OPT_X_TLS_CACERTFILE, caFile.constData());
    }
    const int isServer = 0;
    ldap_set_option(m_ld, LDAP_OPT_X_TLS_NEWCTX, &isServer);
    if (settings.startTls && scheme == QLatin1String("ldap")) {
        if (int rc = ldap_start_tls_s(m_ld, nullptr, nullptr); rc != LDAP_SUCCESS) {
            return failure(rc == LDAP_SERVER_DOWN ? rc : LDAP_CONNECT_ERROR, tr("starting TLS"));
        }
    }
    QByteArray password = settings.bindPassword;
    berval credentials {static_cast<ber_len_t>(password.size()), password.data()};
    const QByteArray bindDn = settings.bindDn.toUtf8();
    const int rc = ldap_sasl_bind_s(m_ld, bindDn.isEmpty() ? nullptr : bindDn.constData(), LDAP_SASL_SIMPLE,
                                    &credentials, nullptr, nullptr, nullptr);
    password.fill('\0');
    if (rc != LDAP_SUCCESS) {
        return failure(rc, tr("binding"));
    }
    return {};
}

Result<LdapEntry> LdapSession::readBase(const QString& dn, const QStringList& attributes)
{
    LdapEntry found;
    bool any = false;
    const QByteArray base = dn.toUtf8();
    QList<QByteArray> names;
    std::vector<char*> list;
    for (const QString& attribute : attributes) {
        names.append(attribute.toUtf8());
    }
    for (QByteArray& name : names) {
        list.push_back(name.data());
    }
    list.push_back(nullptr);
    LDAPMessage* raw = nullptr;
    timeval timeout {m_settings.timeoutSeconds, 0};
    const int rc = ldap_search_ext_s(m_ld, base.constData(), LDAP_SCOPE_BASE, "(objectClass=*)", list.data(), 0,
                                     nullptr, nullptr, &timeout, 1, &raw);
    Message result(raw);
    if (rc != LDAP_SUCCESS) {
        return failure(rc, tr("reading %1").arg(dn));
    }
    for (LDAPMessage* entry = ldap_first_entry(m_ld, raw); entry != nullptr; entry = ldap_next_entry(m_ld, entry)) {
        any = true;
        found.dn = dn;
        for (const QByteArray& name : std::as_const(names)) {
            berval** values = ldap_get_values_len(m_ld, entry, name.constData());
            for (int i = 0; values != nullptr && values[i] != nullptr; ++i) {
                found.values[QString::fromUtf8(name).toLower()].append(
                    QByteArray(values[i]->bv_val, qsizetype(values[i]->bv_len)));
            }
            ldap_value_free_len(values);
        }
    }
    if (!any) {
        return failure(LDAP_NO_SUCH_OBJECT, tr("reading %1").arg(dn));
    }
    return found;
}

LdapEntry LdapSession::entryOf(ldapmsg* message) const
{
    LdapEntry entry;
    char* dn = ldap_get_dn(m_ld, message);
    entry.dn = fromLdap(dn);
    ldap_memfree(dn);
    BerElement* ber = nullptr;
    for (char* attribute = ldap_first_attribute(m_ld, message, &ber); attribute != nullptr;
         attribute = ldap_next_attribute(m_ld, message, ber)) {
        berval** values = ldap_get_values_len(m_ld, message, attribute);
        QList<QByteArray>& into = entry.values[fromLdap(attribute).toLower()];
        for (int i = 0; values != nullptr && values[i] != nullptr; ++i) {
            into.append(QByteArray(values[i]->bv_val, qsizetype(values[i]->bv_len)));
        }
        ldap_value_free_len(values);
        ldap_memfree(attribute);
    }
    ber_free(ber, 0);
    return entry;
}

Result<QByteArray> LdapSession::pageResult(ldapmsg* message) const
{
    int code = LDAP_SUCCESS;
    char* serverMessage = nullptr;
    LDAPControl** serverControls = nullptr;
    if (int rc = ldap_parse_result(m_ld, message, &code, nullptr, &serverMessage, nullptr, &serverControls, 0);
        rc != LDAP_SUCCESS) {
        return failure(rc, tr("reading the search result"));
    }
    const QString text = fromLdap(serverMessage);
    ldap_memfree(serverMessage);
    QByteArray cookie;
    if (LDAPControl* response = ldap_control_find(LDAP_CONTROL_PAGEDRESULTS, serverControls, nullptr)) {
        ber_int_t estimate = 0;
        berval next {0, nullptr};
        if (ldap_parse_pageresponse_control(m_ld, response, &estimate, &next) == LDAP_SUCCESS) {
            cookie = QByteArray(next.bv_val, qsizetype(next.bv_len));
            ber_memfree(next.bv_val);
        }
    }
    ldap_controls_free(serverControls);
    if (code != LDAP_SUCCESS) {
        return failure(code, tr("searching"), text);
    }
    return cookie;
}

Status LdapSession::search(const QString& base, const QString& filter, const QStringList& attributes, int pageSize,
                           const EntrySink& sink, const std::atomic_bool* cancelled)
{
    const QByteArray baseDn = base.toUtf8();
    const QByteArray filterText = filter.toUtf8();
    QList<QByteArray> names;
    for (const QString& attribute : attributes) {
        names.append(attribute.toUtf8());
    }
    std::vector<char*> list;
    for (QByteArray& name : names) {
        list.push_back(name.data());
    }
    list.push_back(nullptr);
    QByteArray cookie;
    int pages = 0;
    do {
        LDAPControl* pageControl = nullptr;
        berval cookieValue {static_cast<ber_len_t>(cookie.size()), cookie.data()};
        if (int rc = ldap_create_page_control(m_ld, ber_int_t(pageSize), cookie.isEmpty() ? nullptr : &cookieValue, 1,
                                              &pageControl);
            rc != LDAP_SUCCESS) {
            return failure(rc, tr("asking for paged results"));
        }
        std::unique_ptr<LDAPControl, ControlDeleter> ownedControl(pageControl);
        LDAPControl* controls[] = {pageControl, nullptr};
        int messageId = 0;
        if (int rc = ldap_search_ext(m_ld, baseDn.constData(), LDAP_SCOPE_SUBTREE, filterText.constData(), list.data(),
                                     0, controls, nullptr, nullptr, 0, &messageId);
            rc != LDAP_SUCCESS) {
            return failure(rc, tr("searching"));
        }
        ++pages;
        bool pageDone = false;
        while (!pageDone) {
            if (cancelled != nullptr && cancelled->load()) {
                ldap_abandon_ext(m_ld, messageId, nullptr, nullptr);
                return Refusal {Refusal::Kind::BadInput, tr("Cancelled.")};
            }
            timeval wait {0, suseconds_t(kPollMilliseconds) * 1000};
            LDAPMessage* raw = nullptr;
            // Everything received so far at once: one wait per burst rather than per entry.
            const int received = ldap_result(m_ld, messageId, LDAP_MSG_RECEIVED, &wait, &raw);
            Message chain(raw);
            if (received == 0) {
                continue;
            }
            if (received < 0) {
                int code = LDAP_SERVER_DOWN;
                ldap_get_option(m_ld, LDAP_OPT_RESULT_CODE, &code);
                return failure(code, tr("reading page %1 of the search").arg(pages));
            }
            for (LDAPMessage* message = ldap_first_message(m_ld, raw); message != nullptr;
                 message = ldap_next_message(m_ld, message)) {
                const int type = ldap_msgtype(message);
                if (type == LDAP_RES_SEARCH_ENTRY) {
                    if (!sink(entryOf(message))) {
                        ldap_abandon_ext(m_ld, messageId, nullptr, nullptr);
                        return Refusal {Refusal::Kind::BadInput, tr("Cancelled.")};
                    }
                    continue;
                }
                if (type != LDAP_RES_SEARCH_RESULT) {
                    continue; // references: not followed
                }
                pageDone = true;
                auto next = pageResult(message);
                if (!next) {
                    return next.refusal();
                }
                cookie = next.value();
            }
        }
    } while (!cookie.isEmpty());
    return {};
}

} // namespace warden
