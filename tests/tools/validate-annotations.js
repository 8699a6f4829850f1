#!/usr/bin/env node
// Checks a W3C Web Annotation export: node validate-annotations.js FILE.jsonld
//
// FILE holds an AnnotationCollection (its first page holding the items) or an
// array of annotations. Each annotation is checked with validate-web-annotation;
// items of a collection inherit its @context, as in JSON-LD. Prints each
// invalid annotation's id; exits 0 when all are valid, 1 otherwise.
//
// validate-web-annotation 0.3.0 checks created/modified against the JSON
// Schema "date" format (YYYY-MM-DD), while the model requires xsd:dateTime
// ("2025-06-02T10:15:00Z"): those two are checked here instead.
'use strict';
const fs = require('fs');
const validateAnnotation = require('validate-web-annotation');

const dateTime = /^-?\d{4,}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/;
const doc = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
let items = doc;
const problems = [];
if (!Array.isArray(doc)) {
    if (doc.type !== 'AnnotationCollection' || !doc.first || doc.first.type !== 'AnnotationPage')
        problems.push('not an AnnotationCollection with a first AnnotationPage');
    items = (doc.first && doc.first.items) || [];
    if (doc.total !== items.length)
        problems.push(`total is ${doc.total}, the page holds ${items.length}`);
}
for (const item of items) {
    const annotation = Object.assign({ '@context': doc['@context'] }, item);
    for (const key of ['created', 'modified']) {
        if (key in annotation && !dateTime.test(annotation[key]))
            problems.push(`${item.id}: ${key} is not an xsd:dateTime: ${annotation[key]}`);
        delete annotation[key];
    }
    if (!validateAnnotation(annotation))
        problems.push(`${item.id}: not a valid annotation`);
}
for (const p of problems)
    console.log(p);
console.log(`${items.length} annotations, ${problems.length} problems`);
process.exit(problems.length ? 1 : 0);
