/** The featurespec command: validate, convert, format and scaffold Spec Kit feature specifications. */
package dev.featurespec.cli;
