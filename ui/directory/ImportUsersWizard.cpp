#include "ImportUsersWizard.h"

#include "CoreServices.h"
#include "import/CsvReader.h"
#include "import/ImportHeader.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace warden {

namespace {

/// A progress bar with its Stop button beside it, as the check and import pages show them.
QHBoxLayout* progressRow(QProgressBar* progress, QPushButton* cancel)
{
    auto* row = new QHBoxLayout;
    row->addWidget(progress);
    row->addWidget(cancel);
    return row;
}

} // namespace

class ImportUsersWizard::ChooseFilePage : public QWizardPage
{
public:
    ChooseFilePage(CoreServices& core, const Actor& actor, QWidget* parent)
        : QWizardPage(parent)
        , path(new QLineEdit(this))
        , account(new QComboBox(this))
        , preview(new QTableWidget(this))
        , problem(new QLabel(this))
    {
        setTitle(ImportUsersWizard::tr("Choose a CSV file"));
        setSubTitle(ImportUsersWizard::tr("UTF-8, comma-separated, with a header row. Columns: %1.")
                        .arg(ImportHeader::knownColumns().join(QStringLiteral(", "))));
        path->setObjectName(QStringLiteral("importFileLineEdit"));
        account->setObjectName(QStringLiteral("importAccountComboBox"));
        preview->setObjectName(QStringLiteral("importPreviewTableWidget"));
        preview->setAccessibleName(ImportUsersWizard::tr("The file's first rows"));
        problem->setObjectName(QStringLiteral("importFileProblemLabel"));
        problem->setWordWrap(true);
        problem->setStyleSheet(QStringLiteral("color: #b00020;"));
        auto* browse = new QPushButton(ImportUsersWizard::tr("&Browse…"), this);
        auto* fileRow = new QHBoxLayout;
        fileRow->addWidget(path);
        fileRow->addWidget(browse);
        auto* form = new QFormLayout;
        auto* fileLabel = new QLabel(ImportUsersWizard::tr("&File:"), this);
        fileLabel->setBuddy(path);
        form->addRow(fileLabel, fileRow);
        form->addRow(ImportUsersWizard::tr("Import &into:"), account);
        auto* layout = new QVBoxLayout(this);
        layout->addLayout(form);
        layout->addWidget(new QLabel(ImportUsersWizard::tr("First rows of the file:"), this));
        layout->addWidget(preview);
        layout->addWidget(problem);
        preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
        preview->setTabKeyNavigation(false);
        preview->horizontalHeader()->setStretchLastSection(true);
        if (auto accounts = core.accounts().visibleAccounts(actor)) {
            for (const Account& a : accounts.value()) {
                const bool allowed = core.authorizer().check(actor, Action::ImportDirectory, a.id).ok();
                if (allowed) {
                    account->addItem(
                        ImportUsersWizard::tr("%1 (%2) — rows without remoteaccountcode go here").arg(a.name, a.code),
                        a.code);
                }
            }
        }
        connect(browse, &QPushButton::clicked, this, [this] {
            const QString chosen =
                QFileDialog::getOpenFileName(this, ImportUsersWizard::tr("Import Users"), {},
                                             ImportUsersWizard::tr("CSV files (*.csv);;All files (*)"));
            if (!chosen.isEmpty()) {
                path->setText(chosen);
            }
        });
        connect(path, &QLineEdit::textChanged, this, &ChooseFilePage::loadPreview);
        if (account->count() == 0) {
            problem->setText(ImportUsersWizard::tr("You may not import users into any account."));
        }
    }

    [[nodiscard]] bool isComplete() const override { return m_readable && account->count() > 0; }

    void loadPreview()
    {
        preview->clear();
        preview->setRowCount(0);
        preview->setColumnCount(0);
        problem->clear();
        m_readable = false;
        QFile file(path->text());
        if (path->text().isEmpty()) {
            Q_EMIT completeChanged();
            return;
        }
        if (!file.open(QIODevice::ReadOnly)) {
            problem->setText(ImportUsersWizard::tr("Cannot read the file: %1").arg(file.errorString()));
            Q_EMIT completeChanged();
            return;
        }
        CsvReader reader(file);
        QStringList fields;
        auto header = reader.next(fields);
        if (!header || !header.value()) {
            problem->setText(header ? ImportUsersWizard::tr("The file is empty.") : header.refusal().message);
            Q_EMIT completeChanged();
            return;
        }
        preview->setColumnCount(int(fields.size()));
        preview->setHorizontalHeaderLabels(fields);
        for (int row = 0; row < kPreviewRows; ++row) {
            auto next = reader.next(fields);
            if (!next) {
                problem->setText(next.refusal().message);
                break;
            }
            if (!next.value()) {
                break;
            }
            preview->insertRow(row);
            preview->setVerticalHeaderItem(row, new QTableWidgetItem(QString::number(reader.recordLine())));
            for (int column = 0; column < fields.size() && column < preview->columnCount(); ++column) {
                preview->setItem(row, column, new QTableWidgetItem(fields.at(column)));
            }
        }
        preview->resizeColumnsToContents();
        m_readable = true;
        Q_EMIT completeChanged();
    }

    QLineEdit* path;
    QComboBox* account;
    QTableWidget* preview;
    QLabel* problem;

private:
    bool m_readable = false;
};

class ImportUsersWizard::CheckFilePage : public QWizardPage
{
public:
    explicit CheckFilePage(ImportUsersWizard* wizard)
        : QWizardPage(wizard)
        , m_wizard(wizard)
        , progress(new QProgressBar(this))
        , cancel(new QPushButton(ImportUsersWizard::tr("&Stop"), this))
        , summary(new QLabel(this))
        , errors(new QTreeWidget(this))
        , changes(new QTreeWidget(this))
        , confirm(new QCheckBox(this))
    {
        setTitle(ImportUsersWizard::tr("Check the file"));
        setSubTitle(ImportUsersWizard::tr("Every row is checked before anything is imported; nothing changes yet."));
        progress->setObjectName(QStringLiteral("checkProgressBar"));
        summary->setObjectName(QStringLiteral("checkSummaryLabel"));
        errors->setObjectName(QStringLiteral("rowErrorsTreeWidget"));
        changes->setObjectName(QStringLiteral("addressChangesTreeWidget"));
        confirm->setObjectName(QStringLiteral("confirmAddressChangesCheckBox"));
        summary->setWordWrap(true);
        errors->setRootIsDecorated(false);
        errors->setHeaderLabels({ImportUsersWizard::tr("Line"), ImportUsersWizard::tr("Problem")});
        changes->setRootIsDecorated(false);
        //: Column headings of the address changes an import makes: file line, old address, new address.
        changes->setHeaderLabels({ImportUsersWizard::tr("Line"), ImportUsersWizard::tr("Address"),
                                  ImportUsersWizard::tr("Becomes"), ImportUsersWizard::tr("Admin roles removed")});
        auto* layout = new QVBoxLayout(this);
        layout->addLayout(progressRow(progress, cancel));
        layout->addWidget(summary);
        layout->addWidget(errors);
        layout->addWidget(changes);
        layout->addWidget(confirm);
        connect(confirm, &QCheckBox::toggled, this, &QWizardPage::completeChanged);
    }

    void initializePage() override
    {
        errors->clear();
        changes->clear();
        confirm->setChecked(false);
        auto report = m_wizard->run(true, true, progress, cancel);
        m_ok = false;
        if (!report) {
            summary->setText(report.refusal().message);
            errors->hide();
            changes->hide();
            confirm->hide();
            m_wizard->m_checkReport.reset();
            Q_EMIT completeChanged();
            return;
        }
        const ImportReport& r = report.value();
        m_wizard->m_checkReport = r;
        for (const ImportRowError& error : r.errors) {
            new QTreeWidgetItem(errors, {QString::number(error.line), error.message});
        }
        for (const ImportAddressChange& change : r.addressChanges) {
            const QString from = QStringLiteral("%1 (%2)").arg(change.oldEmail, change.fromAccount);
            const QString to = QStringLiteral("%1 (%2)").arg(change.newEmail, change.toAccount);
            new QTreeWidgetItem(changes,
                                {QString::number(change.line), from, to,
                                 change.rolesLost.isEmpty() ? ImportUsersWizard::tr("none")
                                                            : change.rolesLost.join(QStringLiteral(", "))});
        }
        for (QTreeWidget* tree : {errors, changes}) {
            for (int column = 0; column < tree->columnCount() - 1; ++column) {
                tree->resizeColumnToContents(column);
            }
        }
        errors->setVisible(r.errorCount > 0);
        changes->setVisible(!r.addressChanges.isEmpty());
        confirm->setVisible(r.rolesLost() > 0);
        confirm->setText(ImportUsersWizard::tr("I have reviewed the address changes; remove these %n admin role(s)",
                                               nullptr, int(r.rolesLost())));
        QString text = ImportUsersWizard::tr("%1 rows: %2 new, %3 updated, %4 moved, %5 address changes, %6 role "
                                             "assignments.")
                           .arg(r.rows)
                           .arg(r.created)
                           .arg(r.updated)
                           .arg(r.moved)
                           .arg(r.renamed)
                           .arg(r.roleAssignments);
        if (r.errorCount > 0) {
            text += QLatin1Char(' ')
                + ImportUsersWizard::tr("%n row(s) rejected; fix the file and check it again. Nothing will be "
                                        "imported while any row is rejected.",
                                        nullptr, int(std::min<qint64>(r.errorCount, INT_MAX)));
            if (r.errorCount > r.errors.size()) {
                text += QLatin1Char(' ') + ImportUsersWizard::tr("The first %1 are listed.").arg(r.errors.size());
            }
        }
        summary->setText(text);
        m_ok = r.errorCount == 0;
        Q_EMIT completeChanged();
    }

    [[nodiscard]] bool isComplete() const override
    {
        const auto& report = m_wizard->m_checkReport;
        return m_ok && report && (report->rolesLost() == 0 || confirm->isChecked());
    }

    ImportUsersWizard* m_wizard;
    QProgressBar* progress;
    QPushButton* cancel;
    QLabel* summary;
    QTreeWidget* errors;
    QTreeWidget* changes;
    QCheckBox* confirm;

private:
    bool m_ok = false;
};

class ImportUsersWizard::RunImportPage : public QWizardPage
{
public:
    explicit RunImportPage(ImportUsersWizard* wizard)
        : QWizardPage(wizard)
        , m_wizard(wizard)
        , progress(new QProgressBar(this))
        , cancel(new QPushButton(ImportUsersWizard::tr("&Stop"), this))
        , summary(new QLabel(this))
    {
        setTitle(ImportUsersWizard::tr("Import"));
        progress->setObjectName(QStringLiteral("importProgressBar"));
        summary->setObjectName(QStringLiteral("importSummaryLabel"));
        summary->setWordWrap(true);
        auto* layout = new QVBoxLayout(this);
        layout->addLayout(progressRow(progress, cancel));
        layout->addWidget(summary);
        layout->addStretch();
        setFinalPage(true);
    }

    void initializePage() override
    {
        auto report = m_wizard->run(false, m_wizard->m_check->confirm->isChecked(), progress, cancel);
        if (!report) {
            summary->setText(report.refusal().message);
            return;
        }
        m_wizard->m_importReport = report.value();
        const ImportReport& r = report.value();
        summary->setText(r.applied ? ImportUsersWizard::tr("Imported %1 rows: %2 new, %3 updated, %4 moved, %5 address "
                                                           "changes, %6 role assignments.")
                                         .arg(r.rows)
                                         .arg(r.created)
                                         .arg(r.updated)
                                         .arg(r.moved)
                                         .arg(r.renamed)
                                         .arg(r.roleAssignments)
                                   : r.notAppliedBecause);
    }

    [[nodiscard]] bool isComplete() const override { return true; }

    ImportUsersWizard* m_wizard;
    QProgressBar* progress;
    QPushButton* cancel;
    QLabel* summary;
};

ImportUsersWizard::ImportUsersWizard(CoreServices& core, Actor actor, QWidget* parent)
    : QWizard(parent)
    , m_core(core)
    , m_actor(std::move(actor))
    , m_choose(new ChooseFilePage(core, m_actor, this))
    , m_check(new CheckFilePage(this))
{
    setWindowTitle(tr("Import Users"));
    setObjectName(QStringLiteral("importUsersWizard"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    resize(860, 600);
    setPage(ChoosePage, m_choose);
    setPage(CheckPage, m_check);
    setPage(ImportPage, new RunImportPage(this));
}

void ImportUsersWizard::setFilePath(const QString& path)
{
    m_choose->path->setText(path);
}

void ImportUsersWizard::setAccountCode(const QString& code)
{
    const int index = m_choose->account->findData(code);
    if (index >= 0) {
        m_choose->account->setCurrentIndex(index);
    }
}

Result<ImportReport> ImportUsersWizard::run(bool dryRun, bool confirm, QProgressBar* bar, QPushButton* cancel)
{
    QFile file(m_choose->path->text());
    if (!file.open(QIODevice::ReadOnly)) {
        return Refusal {Refusal::Kind::BadInput, tr("Cannot read the file: %1").arg(file.errorString())};
    }
    m_cancelRequested = false;
    const QMetaObject::Connection stop =
        connect(cancel, &QPushButton::clicked, this, [this] { m_cancelRequested = true; });
    cancel->setEnabled(true);
    bar->setRange(0, 1000);
    bar->setValue(0);
    button(QWizard::NextButton)->setEnabled(false);
    button(QWizard::BackButton)->setEnabled(false);
    ImportOptions options;
    options.defaultAccountCode = m_choose->account->currentData().toString();
    options.dryRun = dryRun;
    options.confirmAddressChanges = confirm;
    auto report = m_core.importer().importCsv(m_actor, file, options, [&](qint64 done, qint64 total) {
        bar->setValue(total > 0 ? int(done * 1000 / total) : 0);
        QCoreApplication::processEvents();
        return !m_cancelRequested;
    });
    bar->setValue(1000);
    disconnect(stop);
    cancel->setEnabled(false);
    button(QWizard::BackButton)->setEnabled(true);
    return report;
}

} // namespace warden
