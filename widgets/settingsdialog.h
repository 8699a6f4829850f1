#pragma once

#include "preferences.h"
#include "readingstyle.h"

#include <models/ids.h>

#include <QDialog>

QT_BEGIN_NAMESPACE
class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFontComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;
class QTabWidget;
class QTableWidget;
QT_END_NAMESPACE

namespace crossread {

class Document;

/// Edit → Settings…: how text is set, the theme and language, tag keys,
/// who you are, autosave, which cues show, and what exports start from.
/// It edits copies; the caller applies what result() holds after Ok.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    struct Result
    {
        ReadingStyle reading;
        Preferences preferences;
        QList<std::pair<TagId, QString>> shortcuts; ///< the tags whose key changed, and their new key
    };

    SettingsDialog(const Document *document, QWidget *parent = nullptr);

    Result result() const;
    QTabWidget *pages() const { return m_pages; }

private:
    QWidget *readingPage(const ReadingStyle &style);
    QWidget *appearancePage(const Preferences &preferences);
    QWidget *tagsPage();
    QWidget *cuesPage(const Preferences &preferences);
    QWidget *filesPage(const Preferences &preferences);
    QWidget *exportPage(const Preferences &preferences);
    void updateShortcutWarning();

    const Document *m_document;
    QTabWidget *m_pages;
    QFontComboBox *m_fontFamily = nullptr;
    QDoubleSpinBox *m_fontSize = nullptr;
    QComboBox *m_lineWidth = nullptr;
    QComboBox *m_lineSpacing = nullptr;
    QCheckBox *m_snap = nullptr;
    QComboBox *m_theme = nullptr;
    QComboBox *m_language = nullptr;
    QTableWidget *m_tags = nullptr;
    QLabel *m_shortcutWarning = nullptr;
    QList<QCheckBox *> m_cues;
    QLineEdit *m_annotator = nullptr;
    QSpinBox *m_autosave = nullptr;
    QComboBox *m_exportFormat = nullptr;
    QListWidget *m_exportSections = nullptr;
    QCheckBox *m_hideAnnotators = nullptr;
    QCheckBox *m_bom = nullptr;
};

} // namespace crossread
